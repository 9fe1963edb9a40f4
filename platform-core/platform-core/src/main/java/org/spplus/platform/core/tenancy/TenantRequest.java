package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.RequestScoped;

/** What the request filter resolved for the current HTTP request: its tenant and how it was addressed. */
@RequestScoped
public class TenantRequest {

    private TenantInfo tenant;
    private boolean addressedByHost;

    public TenantInfo tenant() {
        return tenant;
    }

    public boolean addressedByHost() {
        return addressedByHost;
    }

    public void resolve(TenantInfo tenant, boolean addressedByHost) {
        this.tenant = tenant;
        this.addressedByHost = addressedByHost;
    }
}
