package org.spplus.platform.api.tenant;

import java.util.concurrent.Callable;

/**
 * Runs work "as" a tenant, explicitly: the only way for scheduled and asynchronous jobs to reach
 * tenant-owned data. Scopes nest and are restored on exit.
 */
public interface TenantScope {

    <T> T callAs(String tenantId, Callable<T> work) throws Exception;

    default void runAs(String tenantId, Runnable work) {
        try {
            callAs(tenantId, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
