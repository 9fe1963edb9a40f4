package org.spplus.plugin.experiences.handling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.plugin.experiences.ExperiencesConfig;
import org.spplus.plugin.experiences.ExperiencesPlugin;

/**
 * Deadlines: a periodic pass, network by network, alerts the managers of the parent entity (N+1) of every
 * story that passed its answer target without an answer, once per story.
 */
@ApplicationScoped
public class Escalations {

    /** The name of the periodic job (tests run it at once with the test clock). */
    public static final String JOB = "experiences.escalations";
    private static final Logger LOG = Logger.getLogger(Escalations.class.getName());

    @Inject
    BackgroundJobs jobs;

    @Inject
    TenantCatalog tenants;

    @Inject
    TenantScope tenantScope;

    @Inject
    EscalationWork work;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        jobs.every(JOB, Duration.ofMinutes(Math.max(1, ExperiencesConfig.ESCALATION_MINUTES.intValue())),
                this::escalateAll);
    }

    /** One pass over every network; returns how many stories were escalated. */
    public int escalateAll() {
        int escalated = 0;
        for (TenantRef tenant : tenants.enabling(ExperiencesPlugin.ID)) {
            try {
                escalated += tenantScope.callAs(tenant.id(), work::escalateDue);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Escalation pass failed for " + tenant.id(), e);
            }
        }
        return escalated;
    }
}
