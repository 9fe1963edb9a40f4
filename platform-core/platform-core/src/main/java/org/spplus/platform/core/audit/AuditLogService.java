package org.spplus.platform.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.UserRef;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.core.web.RequestIds;

/** Writes audit events in the caller's transaction, and reads them back per tenant. */
@ApplicationScoped
public class AuditLogService implements AuditLog {

    @Inject
    Persistence persistence;

    @Inject
    CurrentTenant tenant;

    @Inject
    CurrentUser user;

    @Inject
    org.spplus.platform.core.security.AccessControl access;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, String objectId, Map<String, ?> details) {
        AuditEvent event = new AuditEvent(tenant.get().map(TenantRef::id).orElse(null), user.actorName(),
                user.get().map(UserRef::accountId).orElse(null), action, objectType, String.valueOf(objectId),
                details == null ? Map.of() : details, RequestIds.current());
        persistence.platform().persist(event);
    }

    /** The current tenant's latest events, for its network administrators. */
    @Transactional
    public List<AuditEvent> latestOfCurrentTenant(Long beforeId, int limit) {
        access.require(org.spplus.platform.api.security.Roles.NETWORK_ADMIN);
        return latestOfTenant(tenant.require().id(), beforeId, limit);
    }

    /** The latest events of a tenant, newest first, at most {@code limit}, older than {@code beforeId} if given. */
    @Transactional
    public List<AuditEvent> latestOfTenant(String tenantId, Long beforeId, int limit) {
        var query = persistence.platform().createQuery("select e from AuditEvent e where e.tenantId = :tenant "
                        + (beforeId == null ? "" : "and e.id < :before ") + "order by e.id desc", AuditEvent.class)
                .setParameter("tenant", tenantId)
                .setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query
                .getResultList();
    }
}
