package org.spplus.plugin.experiences.publication.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.publication.PublicQueries;

/** The public list of improvement actions, of all networks or of one ("vous nous l'avez dit, nous l'avons fait"). */
@Named
@RequestScoped
public class PublicActionsPage {

    static final int LIMIT = 100;

    @Inject
    PublicQueries queries;

    @Inject
    TenantCatalog tenants;

    private String network = "";
    private List<PublicQueries.PublicAction> actions = List.of();

    public void load() {
        actions = queries.latestActions(network, LIMIT);
    }

    public List<PublicQueries.PublicAction> getActions() {
        return actions;
    }

    public List<TenantRef> getNetworks() {
        return tenants.enabling(ExperiencesPlugin.ID);
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network == null ? "" : network;
    }
}
