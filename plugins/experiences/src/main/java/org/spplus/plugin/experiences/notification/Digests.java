package org.spplus.plugin.experiences.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.spplus.platform.api.jobs.BackgroundJobs;

/**
 * Sends the daily digests: once a day, at 7 o'clock Paris time (a pass every hour), each person who chose the
 * digest receives one mail listing what waited for them; a digest older than a day is sent whatever the hour.
 */
@ApplicationScoped
public class Digests {

    public static final String JOB = "experiences.digest";

    @Inject
    BackgroundJobs jobs;

    @Inject
    DigestWork work;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        jobs.every(JOB, Duration.ofHours(1), work::sendDue);
    }
}
