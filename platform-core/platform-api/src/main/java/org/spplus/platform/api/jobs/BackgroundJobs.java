package org.spplus.platform.api.jobs;

import java.time.Duration;

/**
 * Work the platform does by itself, in the background: as the system (every authorisation check lets it
 * through) and with no tenant (it must run "as" a tenant with {@code TenantScope} to reach tenant-owned
 * data). Periodic jobs start once the platform is ready; a failed run is logged and the next one comes.
 */
public interface BackgroundJobs {

    /** Runs the job every period, the first time one period after the platform is ready. */
    void every(String name, Duration period, Runnable job);

    /** Runs the job once, on another thread, as soon as the platform is ready (at once if it already is). */
    void whenReady(String name, Runnable job);

    /** Runs the job once, soon, on another thread (for work to do right after a transaction commits). */
    void soon(String name, Runnable job);
}
