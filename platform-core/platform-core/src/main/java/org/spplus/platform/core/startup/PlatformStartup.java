package org.spplus.platform.core.startup;

import org.spplus.platform.core.persistence.ContainerResources;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.demo.DemoAccounts;
import org.spplus.platform.core.mail.OutboxSender;
import org.spplus.platform.core.persistence.DatabaseFailures;
import org.spplus.platform.core.persistence.DatabaseMigrator;
import org.spplus.platform.core.persistence.ModuleMigrations;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.definition.DefinitionProblem;
import org.spplus.platform.core.tenancy.definition.DefinitionSet;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionService;

/**
 * Brings the platform up while the application deploys, before any page is served: checks the plugins,
 * migrates the database (core, then each plugin), loads the tenant definitions, then opens the doors.
 * If the database is unreachable, says so and retries; if definitions are malformed, refuses to start
 * and names every problem.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    PlatformState state;

    @Inject
    PluginRegistry plugins;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    TenantDefinitionService definitions;

    @Inject
    TenantDirectory directory;

    @Inject
    OutboxSender outbox;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    Settings settings;

    @Inject
    Event<PlatformReady> readyEvent;

    @Inject
    ContainerResources container;

    private volatile ScheduledFuture<?> retry;
    private volatile ScheduledFuture<?> directoryRefresh;

    /** One attempt at starting; schedules the next one if the database could not be reached. */
    public synchronized void attempt() {
        if (state.ready() || state.phase() == PlatformState.Phase.REFUSED) {
            return;
        }
        if (!plugins.catalog().valid()) {
            refuse(plugins.catalog().problems());
            return;
        }
        try {
            state.migrated(migrator.migrate(modules()));
            DefinitionSet set = definitions.read();
            if (!set.valid()) {
                refuse(set.problems().stream().map(DefinitionProblem::toString).toList());
                return;
            }
            definitions.apply(set);
            demoAccounts.provision(set);
            outbox.start();
            directoryRefresh = container.scheduler().scheduleWithFixedDelay(this::refreshDirectory, 30, 30, TimeUnit.SECONDS);
            state.ready(List.of(set.tenants().size() + " réseaux, " + plugins.all().size() + " plugins"));
            LOG.info(() -> "Platform ready: " + set.tenants().size() + " tenants, plugins " + plugins.all().stream()
                    .map(PlatformPlugin::id).toList());
            readyEvent.fire(new PlatformReady());
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnreachable(e)) {
                int seconds = Math.max(1, settings.getInt(CoreSetting.DB_RETRY_SECONDS));
                String reason = "Base de données injoignable (" + settings.get(CoreSetting.DB_URL) + ") : "
                        + DatabaseFailures.rootMessage(e) + ". Nouvelle tentative dans " + seconds + " s.";
                LOG.severe(reason);
                state.databaseUnreachable(reason);
                retry = container.scheduler().schedule(this::attempt, seconds, TimeUnit.SECONDS);
            } else {
                LOG.log(Level.SEVERE, "Platform start-up failed", e);
                refuse(List.of("Échec du démarrage : " + DatabaseFailures.rootMessage(e)));
            }
        }
    }

    private List<ModuleMigrations> modules() {
        List<ModuleMigrations> modules = new ArrayList<>();
        modules.add(new ModuleMigrations("core", "classpath:db/migration/core"));
        for (PlatformPlugin plugin : plugins.all()) {
            modules.add(new ModuleMigrations(plugin.id(), plugin.migrationLocation()));
        }
        return modules;
    }

    private void refuse(List<String> reasons) {
        LOG.severe(() -> "Start-up refused:\n  - " + String.join("\n  - ", reasons));
        state.refused(reasons);
    }

    private void refreshDirectory() {
        try {
            directory.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tenant directory refresh failed: " + DatabaseFailures.rootMessage(e));
        }
    }

    @PreDestroy
    void stop() {
        if (retry != null) {
            retry.cancel(false);
        }
        if (directoryRefresh != null) {
            directoryRefresh.cancel(false);
        }
    }
}
