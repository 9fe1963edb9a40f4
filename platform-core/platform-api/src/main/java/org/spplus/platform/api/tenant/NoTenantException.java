package org.spplus.platform.api.tenant;

/**
 * Raised when tenant-owned data is touched while no tenant is set: a request outside {@code /t/{tenant}/},
 * or background work that did not declare its tenant with {@link TenantScope}.
 */
public class NoTenantException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoTenantException(String message) {
        super(message);
    }
}
