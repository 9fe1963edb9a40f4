package org.spplus.plugin.experiences.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.moderation.boundary.ModerationDesk;

/** The moderators' queue: submitted stories, oldest first, filtered by network. */
@Named
@RequestScoped
public class ModerationQueuePage {

    static final int LIMIT = 200;

    @Inject
    ModerationDesk desk;

    @Inject
    TenantCatalog tenants;

    private String network = "";
    private boolean withRewrites;
    private List<ModerationDesk.QueueItem> items = List.of();

    public void load() {
        items = desk.queue(network.isBlank() ? null : network, withRewrites, LIMIT);
    }

    public List<ModerationDesk.QueueItem> getItems() {
        return items;
    }

    public List<TenantRef> getNetworks() {
        return tenants.enabling(ExperiencesPlugin.ID);
    }

    public String networkName(String tenantId) {
        return tenants.byId(tenantId).map(TenantRef::shortName).orElse(tenantId);
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network == null ? "" : network;
    }

    public boolean isWithRewrites() {
        return withRewrites;
    }

    public void setWithRewrites(boolean withRewrites) {
        this.withRewrites = withRewrites;
    }
}
