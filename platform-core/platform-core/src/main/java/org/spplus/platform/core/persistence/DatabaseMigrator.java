package org.spplus.platform.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs the Flyway migrations of the core and of every plugin, core first, each with its own history table. */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** What one module's migration did. */
    public record Outcome(String module, int applied, String schemaVersion) {
    }

    @jakarta.inject.Inject
    ContainerResources container;

    public List<Outcome> migrate(List<ModuleMigrations> modules) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ModuleMigrations module : modules) {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(container.dataSource())
                    .locations(module.location())
                    .table(module.historyTable())
                    // each module has its own history: the schema is not empty when the second one starts
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .load();
            MigrateResult result = flyway.migrate();
            Outcome outcome = new Outcome(module.module(), result.migrationsExecuted,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion
                            : flyway.info().current() == null ? "-" : flyway.info().current().getVersion().getVersion());
            LOG.info(() -> "Migrations of " + outcome.module() + ": " + outcome.applied() + " applied, schema at version "
                    + outcome.schemaVersion());
            outcomes.add(outcome);
        }
        return outcomes;
    }
}
