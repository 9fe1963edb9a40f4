package org.spplus.platform.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.core.tenancy.TenantContext;

/**
 * Binds each transaction to the current tenant, once, on first use of the entity manager: EclipseLink's
 * tenant discriminator is set on the transaction's entity manager, and {@code spplus.tenant_id} on the
 * transaction's database connection for row-level security. A transaction stays with the tenant it was
 * bound to: work for another tenant needs its own transaction.
 */
@ApplicationScoped
public class TenantBoundPersistence implements Persistence {

    private static final String BINDING_KEY = TenantBoundPersistence.class.getName() + ".tenant";
    private static final String NO_TENANT = "";

    @PersistenceContext(unitName = DataSources.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    ContainerResources container;

    @Inject
    TenantContext tenants;

    @Override
    public EntityManager tenant() {
        requireTransaction();
        String tenantId = tenants.require().id();
        String bound = bind(Optional.of(tenantId));
        if (!tenantId.equals(bound)) {
            throw new IllegalStateException("This transaction already works "
                    + (bound.isEmpty() ? "without a tenant" : "for tenant " + bound)
                    + "; work for tenant " + tenantId + " needs its own transaction");
        }
        return em;
    }

    @Override
    public EntityManager platform() {
        requireTransaction();
        bind(tenants.get().map(TenantRef::id));
        return em;
    }

    /** Binds the transaction on first use and returns the tenant it is bound to ("" for none). */
    private String bind(Optional<String> tenantId) {
        Object bound = container.transactions().getResource(BINDING_KEY);
        if (bound != null) {
            return (String) bound;
        }
        String value = tenantId.orElse(NO_TENANT);
        if (!value.isEmpty()) {
            em.setProperty(EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT, value);
            em.createNativeQuery("select set_config('" + DataSources.TENANT_SETTING + "', ?1, true)")
                    .setParameter(1, value).getSingleResult();
        }
        container.transactions().putResource(BINDING_KEY, value);
        return value;
    }

    private void requireTransaction() {
        if (container.transactions().getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Data access needs an active transaction (annotate the boundary "
                    + "method with @Transactional)");
        }
    }
}
