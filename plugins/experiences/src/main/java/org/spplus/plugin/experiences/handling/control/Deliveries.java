package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.plugin.experiences.handling.entity.Delivery;

/**
 * Brings published and transferred stories to the networks' inboxes. A delivery is written in the
 * transaction that publishes (or transfers); it is carried out right after the commit, each in a
 * transaction bound to the receiving network, and retried by a periodic pass if that failed.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    private static final int MAX_ATTEMPTS = 20;

    @Inject
    Persistence persistence;

    @Inject
    BackgroundJobs jobs;

    @Inject
    DeliveryWork work;

    @Inject
    TenantScope tenantScope;

    @Inject
    Clock clock;

    @Inject
    Event<DeliveryRequested> requested;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        jobs.every("experiences.deliveries", Duration.ofSeconds(30), this::deliverPending);
    }

    /** Writes a delivery in the current transaction; it is carried out after the commit. */
    public void request(long storyId, String tenantId, Long unitId, String fromTenantId, String reason) {
        request(storyId, tenantId, unitId, fromTenantId, reason, null);
    }

    /** Same, for a transfer the receiver is told was made by {@code sentBy} (the moderation). */
    public void request(long storyId, String tenantId, Long unitId, String fromTenantId, String reason, String sentBy) {
        persistence.platform().persist(new Delivery(storyId, tenantId, unitId, fromTenantId, reason, sentBy,
                OffsetDateTime.now(clock)));
        requested.fire(new DeliveryRequested(storyId));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryRequested event) {
        jobs.soon("experiences.delivery", this::deliverPending);
    }

    /** Carries out every pending delivery (each in its own transaction, as its network). */
    public synchronized int deliverPending() {
        int delivered = 0;
        for (DeliveryWork.Pending pending : work.pending(MAX_ATTEMPTS)) {
            try {
                tenantScope.callAs(pending.tenantId(), () -> {
                    work.deliver(pending.id());
                    return null;
                });
                delivered++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Delivery " + pending.id() + " to " + pending.tenantId() + " failed", e);
                work.failed(pending.id(), e.toString());
            }
        }
        return delivered;
    }

    /** The deliveries not carried out yet (for tests and health). */
    public List<DeliveryWork.Pending> pending() {
        return work.pending(Integer.MAX_VALUE);
    }
}
