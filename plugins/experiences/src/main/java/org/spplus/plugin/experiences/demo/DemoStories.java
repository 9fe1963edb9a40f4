package org.spplus.plugin.experiences.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.plugin.experiences.handling.control.Deliveries;

/**
 * In demo mode only ({@code platform.demo.enabled}), once: a dozen realistic stories for the demo networks, most
 * published and delivered to the demo agents' inboxes, a few waiting in the moderation queue, so that a
 * newcomer has something to read, moderate and answer.
 */
@ApplicationScoped
public class DemoStories {

    private static final Logger LOG = Logger.getLogger(DemoStories.class.getName());

    @Inject
    BackgroundJobs jobs;

    @Inject
    DemoStoriesWork work;

    @Inject
    Deliveries deliveries;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object started) {
        boolean demo = ConfigProvider.getConfig().getOptionalValue("platform.demo.enabled", Boolean.class).orElse(false);
        if (demo) {
            jobs.whenReady("experiences.demo", this::load);
        }
    }

    void load() {
        int created = work.loadIfNone();
        if (created > 0) {
            deliveries.deliverPending();
            LOG.info(() -> "Demo stories loaded: " + created);
        }
    }
}
