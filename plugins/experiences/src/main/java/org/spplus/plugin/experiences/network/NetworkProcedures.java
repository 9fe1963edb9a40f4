package org.spplus.plugin.experiences.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.ExperiencesSetting;

/** Which part of the procedure catalogue applies to which network (its setting, else its own id). */
@ApplicationScoped
public class NetworkProcedures {

    @Inject
    TenantCatalog tenants;

    /** The catalogue networks whose démarches apply to these networks. */
    public List<String> catalogueNetworks(Collection<String> tenantIds) {
        return tenantIds.stream().map(this::catalogueNetwork).distinct().toList();
    }

    public String catalogueNetwork(String tenantId) {
        String chosen = ExperiencesSetting.PROCEDURE_CATALOGUE.in(tenants.pluginSettings(tenantId, ExperiencesPlugin.ID));
        return chosen.isBlank() ? tenantId : chosen;
    }
}
