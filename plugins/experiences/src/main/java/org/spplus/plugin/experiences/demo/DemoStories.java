package org.spplus.plugin.experiences.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.spplus.platform.api.jobs.BackgroundJobs;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.handling.control.Deliveries;

/**
 * In demo mode only ({@code platform.demo.enabled}), once: a dozen realistic stories for the demo networks, most
 * published and delivered to the demo agents' inboxes, a few waiting in the moderation queue, so that a
 * newcomer has something to read, moderate and answer; and three answer templates for each demo network that
 * has none.
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

    @Inject
    DemoTemplatesWork templates;

    @Inject
    TenantScope tenantScope;

    @Inject
    TenantCatalog tenants;

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
        for (String tenantId : DemoStoriesWork.SAMPLES.stream().map(DemoStoriesWork.Sample::tenantId).distinct().toList()) {
            if (tenants.enables(tenantId, ExperiencesPlugin.ID)) {
                int written = tenantScope.getAs(tenantId, templates::loadIfNone);
                if (written > 0) {
                    LOG.info(() -> "Demo answer templates loaded for " + tenantId + ": " + written);
                }
            }
        }
    }
}
