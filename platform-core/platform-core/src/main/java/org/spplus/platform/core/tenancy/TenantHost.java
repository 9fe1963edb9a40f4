package org.spplus.platform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A host name that resolves to a tenant's back office. */
@Entity
@Table(name = "core_tenant_host")
public class TenantHost {

    @Id
    private String host;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    protected TenantHost() {
    }

    public TenantHost(String host, String tenantId) {
        this.host = host;
        this.tenantId = tenantId;
    }

    public String getHost() {
        return host;
    }

    public String getTenantId() {
        return tenantId;
    }
}
