package org.spplus.platform.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.core.persistence.ContainerResources;
import org.spplus.platform.core.persistence.DatabaseMigrator.Outcome;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.startup.PlatformState;
import org.spplus.platform.core.tenancy.TenantDirectory;

/** The platform's health checks, listed by name under {@code /health/live} and {@code /health/ready}. */
@ApplicationScoped
public class PlatformHealthChecks {

    @jakarta.inject.Inject
    ContainerResources container;

    @Inject
    PlatformState state;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantDirectory tenants;

    /** The server writes health JSON in ISO-8859-1 whatever the text: keep the data ASCII. */
    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** The process is alive and answering; it stays up even when start-up was refused, so that it can be read. */
    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("platform-process").up()
                .withData("phase", state.phase().name()).build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
            try (Connection c = container.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.setQueryTimeout(3);
                try (ResultSet rs = s.executeQuery("select current_setting('server_version'), "
                        + "(select rolsuper or rolbypassrls from pg_roles where rolname = current_user)")) {
                    rs.next();
                    response.up().withData("postgresql", rs.getString(1));
                    if (rs.getBoolean(2)) {
                        response.withData("warning", "the database user bypasses row-level security "
                                + "(superuser or BYPASSRLS): use a plain user in production");
                    }
                }
            } catch (Exception e) {
                response.down().withData("error", String.valueOf(e.getMessage()));
            }
            return response.build();
        };
    }

    @Produces
    @Readiness
    HealthCheck migrations() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations");
            boolean applied = !state.migrations().isEmpty() && state.phase() != PlatformState.Phase.STARTING;
            for (Outcome outcome : state.migrations()) {
                response.withData(outcome.module(), "version " + outcome.schemaVersion());
            }
            return response.status(applied && state.migrations().size() == plugins.all().size() + 1).build();
        };
    }

    @Produces
    @Readiness
    HealthCheck pluginRegistry() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("plugins")
                    .status(plugins.catalog().valid());
            for (PlatformPlugin plugin : plugins.all()) {
                response.withData(plugin.id(), "/" + plugin.pathRoot());
            }
            for (int i = 0; i < plugins.catalog().problems().size(); i++) {
                response.withData("problem-" + (i + 1), ascii(plugins.catalog().problems().get(i)));
            }
            return response.build();
        };
    }

    @Produces
    @Readiness
    HealthCheck startup() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("startup")
                    .status(state.ready())
                    .withData("phase", state.phase().name())
                    .withData("since", state.since().toString())
                    .withData("tenants", tenants.all().size());
            for (int i = 0; i < state.reasons().size(); i++) {
                response.withData("reason-" + (i + 1), ascii(state.reasons().get(i)));
            }
            return response.build();
        };
    }
}
