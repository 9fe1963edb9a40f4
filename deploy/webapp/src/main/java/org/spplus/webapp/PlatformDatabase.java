package org.spplus.webapp;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's database, configured through MicroProfile Config ({@code platform.db.*}, or the
 * {@code PLATFORM_DB_*} environment variables). Defaults are written here in Payara's
 * {@code ${MPCONFIG=key:default}} form because the server creates the pool before the application's own
 * configuration files are read. The pool starts empty, so that deployment never needs the database.
 *
 * <p>PostgreSQL keeps its choice of plans ({@code plan_cache_mode=auto}): a statement the driver has prepared and
 * run five times keeps a generic plan when it is not worse than those planned for each value. The public reads
 * whose best way depends on their values (full-text search, filters) are planned at every run by
 * {@code PublicReads.rowsPlannedForValues}, which {@code PublicListIT} checks. Planning every statement at every run
 * ({@code force_custom_plan} on every connection, as before) cost a third of the database's time on a dashboard.
 */
@ApplicationScoped
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
        })
public class PlatformDatabase {
}
