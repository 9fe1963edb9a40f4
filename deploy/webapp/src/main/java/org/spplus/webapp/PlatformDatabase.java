package org.spplus.webapp;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform's database, configured through MicroProfile Config ({@code platform.db.*}, or the
 * {@code PLATFORM_DB_*} environment variables). Defaults are written here in Payara's
 * {@code ${MPCONFIG=key:default}} form because the server creates the pool before the application's own
 * configuration files are read. The pool starts empty, so that deployment never needs the database.
 *
 * <p>Every statement is planned for the values it is given ({@code plan_cache_mode=force_custom_plan}, set on
 * each connection when it opens). Otherwise PostgreSQL adopts, for a statement the driver has prepared and run
 * five times, a generic plan that picks one way for all values. For the full-text search, a rare word is best
 * found through the full-text index and a common one by walking the newest stories; the generic plan took 66 ms
 * instead of 1 ms at ten thousand stories. The setting used to be changed by a round trip before each search
 * (0.25 ms of the server's 6.8 ms per search page); planning each statement is now the database's work instead.
 * {@code PublicListIT} checks the setting on the application's connections.
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
            "fish.payara.connection-creation-retry-attempts=0",
            "options=-c plan_cache_mode=force_custom_plan"
        })
public class PlatformDatabase {
}
