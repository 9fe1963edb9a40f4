package org.spplus.platform.api.tenant;

import java.util.concurrent.Callable;

/**
 * Runs work "as" a tenant, explicitly: the only way for scheduled and asynchronous jobs to reach
 * tenant-owned data. Scopes nest and are restored on exit.
 */
public interface TenantScope {

    <T> T callAs(String tenantId, Callable<T> work) throws Exception;

    default void runAs(String tenantId, Runnable work) {
        getAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Like {@link #callAs}, for work that throws no checked exception (runtime exceptions pass unchanged). */
    default <T> T getAs(String tenantId, java.util.function.Supplier<T> work) {
        try {
            return callAs(tenantId, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
