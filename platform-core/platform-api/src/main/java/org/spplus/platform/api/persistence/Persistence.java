package org.spplus.platform.api.persistence;

import jakarta.persistence.EntityManager;

/**
 * The entity managers boundary services use. Both must be called inside a transaction.
 *
 * <p>{@link #tenant()} applies the current tenant to the transaction (EclipseLink's tenant discriminator
 * and the database's row-level security) before returning, and refuses if there is no tenant or if the
 * transaction already belongs to another tenant.
 */
public interface Persistence {

    /** Entity manager for tenant-owned data, bound to the current tenant for this transaction. */
    EntityManager tenant();

    /** Entity manager for platform-wide data (tenants, accounts, public read models). */
    EntityManager platform();
}
