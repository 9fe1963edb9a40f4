package org.spplus.platform.core.mail;

import org.spplus.platform.core.persistence.ContainerResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/** Drains the outbox in the background: periodically, and right after a transaction has queued mail. */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Inject
    ContainerResources container;

    @Inject
    OutboxBatch batch;

    @Inject
    Settings settings;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private volatile ScheduledFuture<?> periodic;
    private volatile boolean stopped;

    /** Starts the periodic pass (called once the database is migrated). */
    public synchronized void start() {
        if (periodic != null || !settings.getBoolean(CoreSetting.MAIL_ENABLED)) {
            return;
        }
        int seconds = Math.max(1, settings.getInt(CoreSetting.MAIL_POLL_SECONDS));
        periodic = container.scheduler().scheduleWithFixedDelay(this::drain, seconds, seconds, TimeUnit.SECONDS);
    }

    /** Asks for a pass soon, without waiting for the next period. */
    public void wake() {
        if (periodic == null || stopped) {
            return;
        }
        if (wakeRequested.compareAndSet(false, true)) {
            container.scheduler().execute(this::drain);
        }
    }

    void drain() {
        wakeRequested.set(false);
        if (stopped || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            while (!stopped && batch.sendDue(BATCH) == BATCH) {
                // keep going while full batches come out
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox pass failed; it will be retried", e);
        } finally {
            draining.set(false);
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (periodic != null) {
            periodic.cancel(false);
        }
    }
}
