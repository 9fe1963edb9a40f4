package org.spplus.webapp;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's database, configured through MicroProfile Config ({@code platform.db.*}, or the
 * {@code PLATFORM_DB_*} environment variables). Defaults are written here in Payara's
 * {@code ${MPCONFIG=key:default}} form because the server creates the pool before the application's own
 * configuration files are read. The pools start empty, so that deployment never needs the database.
 *
 * <p>Two pools on the same database. On the first, PostgreSQL keeps its choice of plans
 * ({@code plan_cache_mode=auto}): a statement the driver has prepared and run five times keeps a generic plan when
 * it is not worse than those planned for each value. On the second, every statement is planned for its values
 * ({@code plan_cache_mode=force_custom_plan}, set on each connection when it opens): it serves the public reads
 * whose best way depends on their values ({@code PublicReads.rowsPlannedForValues}: full-text search, filters), for
 * which a generic plan took 66 ms instead of 1 at ten thousand stories. {@code PublicListIT} checks both. Planning
 * every statement at every run, as when the single pool planned everything so, cost a third of the database's time
 * on a dashboard.
 */
@ApplicationScoped
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = "java:app/jdbc/spplus",
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=platform.db.url:jdbc:postgresql://localhost:5432/spplus}",
                user = "${MPCONFIG=platform.db.user:spplus}",
                password = "${MPCONFIG=platform.db.password:}",
                loginTimeout = 5,
                transactional = true,
                initialPoolSize = 0,
                properties = {
                    "fish.payara.max-pool-size=${MPCONFIG=platform.db.pool.max:32}",
                    "fish.payara.steady-pool-size=${MPCONFIG=platform.db.pool.min:0}",
                    "fish.payara.max-wait-time-in-millis=10000",
                    "fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=custom-validation",
                    "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                    "fish.payara.validate-atmost-once-period-in-seconds=30",
                    "fish.payara.fail-all-connections=true",
                    "fish.payara.connection-creation-retry-attempts=0"
                }),
        @DataSourceDefinition(
                name = "java:app/jdbc/spplus-planned",
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=platform.db.url:jdbc:postgresql://localhost:5432/spplus}",
                user = "${MPCONFIG=platform.db.user:spplus}",
                password = "${MPCONFIG=platform.db.password:}",
                loginTimeout = 5,
                transactional = false,
                initialPoolSize = 0,
                properties = {
                    "fish.payara.max-pool-size=${MPCONFIG=platform.db.pool.max:32}",
                    "fish.payara.steady-pool-size=${MPCONFIG=platform.db.pool.min:0}",
                    "fish.payara.max-wait-time-in-millis=10000",
                    "fish.payara.is-connection-validation-required=true",
                    "fish.payara.connection-validation-method=custom-validation",
                    "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                    "fish.payara.validate-atmost-once-period-in-seconds=30",
                    "fish.payara.fail-all-connections=true",
                    "fish.payara.connection-creation-retry-attempts=0",
                    "options=-c plan_cache_mode=force_custom_plan"
                })
})
public class PlatformDatabase {
}
