package org.spplus.platform.core.persistence;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The container's resources the core uses, looked up by their standard JNDI names when first needed.
 * (Field injection with {@code @Resource} into beans of a library jar is not resolved reliably by the
 * server at deployment; a lookup also turns a missing resource into a clear runtime error.)
 */
@ApplicationScoped
public class ContainerResources {

    private final ConcurrentMap<String, Object> cache = new ConcurrentHashMap<>();

    public DataSource dataSource() {
        return lookup(DataSources.JNDI_NAME, DataSource.class);
    }

    /** The connections where every statement is planned for its values. */
    public DataSource plannedDataSource() {
        return lookup(DataSources.PLANNED_JNDI_NAME, DataSource.class);
    }

    public ManagedScheduledExecutorService scheduler() {
        return lookup("java:comp/DefaultManagedScheduledExecutorService", ManagedScheduledExecutorService.class);
    }

    public TransactionSynchronizationRegistry transactions() {
        return lookup("java:comp/TransactionSynchronizationRegistry", TransactionSynchronizationRegistry.class);
    }

    private <T> T lookup(String name, Class<T> type) {
        Object found = cache.computeIfAbsent(name, n -> {
            try {
                return InitialContext.doLookup(n);
            } catch (NamingException e) {
                throw new IllegalStateException("Container resource " + n + " unavailable: " + e
                        + (e.getRootCause() == null ? "" : " (" + e.getRootCause() + ")"), e);
            }
        });
        return type.cast(found);
    }
}
