package org.spplus.platform.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.core.persistence.ContainerResources;

/**
 * Each tenant's organisation tree kept in memory, as long as its version does not change. The database gives
 * every change to a tenant's units a new version, in the transaction that makes it (a trigger, migration V4; the
 * versions come from a sequence, so none is ever given twice, even by a change rolled back). A transaction reads
 * its tenant's version once, then the units only when the version is not the one kept: every server of the
 * platform sees another's change at its next transaction, and a change made by the transaction itself is seen
 * by its next read ({@link #changed()}).
 */
@ApplicationScoped
class TreeSnapshots {

    private static final String KEY = TreeSnapshots.class.getName();

    /** What one transaction has seen. */
    private static final class Seen {
        TreeSnapshot snapshot;
        boolean changedHere;
    }

    @Inject
    Persistence persistence;

    @Inject
    CurrentTenant tenant;

    @Inject
    ContainerResources container;

    private final Map<String, TreeSnapshot> kept = new ConcurrentHashMap<>();

    /** The current tenant's tree as the current transaction sees it. */
    TreeSnapshot current() {
        Seen seen = seen();
        if (seen.snapshot != null) {
            return seen.snapshot;
        }
        EntityManager em = persistence.tenant();
        String tenantId = tenant.require().id();
        // the version before the units: a change committed between the two reads gives a snapshot newer than its
        // version, which the next transaction replaces (the other way round, an old tree would be kept as new)
        long version = version(em);
        TreeSnapshot snapshot = kept.get(tenantId);
        if (snapshot == null || snapshot.version() != version) {
            snapshot = TreeSnapshot.of(version, em.createQuery("select u from OrgUnit u", OrgUnit.class).getResultList());
            if (!seen.changedHere) { // a version of this transaction's own changes is not committed yet
                kept.put(tenantId, snapshot);
            }
        }
        seen.snapshot = snapshot;
        return snapshot;
    }

    /** After the current transaction changed units: they are written, and its next read sees them. */
    void changed() {
        persistence.tenant().flush();
        Seen seen = seen();
        seen.snapshot = null;
        seen.changedHere = true;
    }

    private static long version(EntityManager em) {
        List<?> rows = em.createNativeQuery("select version from core_org_version").getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue(); // 0: unchanged since the migration
    }

    private Seen seen() {
        TransactionSynchronizationRegistry transaction = container.transactions();
        Seen seen = (Seen) transaction.getResource(KEY);
        if (seen == null) {
            seen = new Seen();
            transaction.putResource(KEY, seen);
        }
        return seen;
    }
}
