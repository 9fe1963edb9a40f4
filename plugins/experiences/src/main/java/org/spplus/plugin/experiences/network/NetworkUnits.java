package org.spplus.plugin.experiences.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantScope;

/**
 * The organisation trees of the networks, read from pages and services that work across networks (the
 * wizard, moderation, deliveries): each read runs as the network, in a transaction of its own.
 */
@ApplicationScoped
public class NetworkUnits {

    @Inject
    TenantScope tenantScope;

    @Inject
    TreeReads reads;

    public Optional<OrgUnitView> unit(String tenantId, long unitId) {
        return as(tenantId, () -> reads.find(unitId));
    }

    public Optional<OrgUnitView> byCode(String tenantId, String code) {
        return as(tenantId, () -> reads.findByCode(code));
    }

    public Optional<OrgUnitView> root(String tenantId) {
        return as(tenantId, () -> reads.root());
    }

    /** The unit itself if open, else its nearest open ancestor: the inbox that receives its stories. */
    public OrgUnitView inboxHolder(String tenantId, long unitId) {
        return as(tenantId, () -> reads.inboxHolder(unitId));
    }

    /** The network's whole tree, every unit after its parent. */
    public List<OrgUnitView> wholeTree(String tenantId) {
        return as(tenantId, () -> reads.wholeTree());
    }

    /** The network's open services whose name or code contains the text. */
    public List<OrgUnitView> search(String tenantId, String text, int limit) {
        return as(tenantId, () -> reads.search(text, limit));
    }

    private <T> T as(String tenantId, java.util.function.Supplier<T> work) {
        return tenantScope.getAs(tenantId, work);
    }
}
