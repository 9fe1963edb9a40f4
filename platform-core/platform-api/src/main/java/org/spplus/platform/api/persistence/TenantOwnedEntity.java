package org.spplus.platform.api.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every tenant-owned entity: its table has a {@code tenant_id} column that EclipseLink fills
 * and filters from the tenant bound to the transaction by {@link Persistence#tenant()}. The table must
 * also carry the row-level security policy of the core (see the core's first migration), so that native
 * SQL is isolated too.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
        length = 40)
public abstract class TenantOwnedEntity {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    /** The tenant that owns the row (read-only: set by the persistence layer). */
    public String getTenantId() {
        return tenantId;
    }
}
