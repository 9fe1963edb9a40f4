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
        @DataSourceDefinition(name = "java:app/jdbc/spplus", transactional = true,
                className = PlatformDatabase.DRIVER, url = PlatformDatabase.URL, user = PlatformDatabase.USER,
                password = PlatformDatabase.PASSWORD, loginTimeout = 5, initialPoolSize = 0,
                properties = {PlatformDatabase.POOL_MAX, PlatformDatabase.POOL_MIN, PlatformDatabase.WAIT,
                    PlatformDatabase.VALIDATED, PlatformDatabase.VALIDATION_METHOD, PlatformDatabase.VALIDATION_CLASS,
                    PlatformDatabase.VALIDATION_PERIOD, PlatformDatabase.FAIL_ALL, PlatformDatabase.NO_RETRY}),
        @DataSourceDefinition(name = "java:app/jdbc/spplus-planned", transactional = false,
                className = PlatformDatabase.DRIVER, url = PlatformDatabase.URL, user = PlatformDatabase.USER,
                password = PlatformDatabase.PASSWORD, loginTimeout = 5, initialPoolSize = 0,
                properties = {PlatformDatabase.POOL_MAX, PlatformDatabase.POOL_MIN, PlatformDatabase.WAIT,
                    PlatformDatabase.VALIDATED, PlatformDatabase.VALIDATION_METHOD, PlatformDatabase.VALIDATION_CLASS,
                    PlatformDatabase.VALIDATION_PERIOD, PlatformDatabase.FAIL_ALL, PlatformDatabase.NO_RETRY,
                    "options=-c plan_cache_mode=force_custom_plan"})
})
public class PlatformDatabase {

    // What both pools share, written once (an annotation takes constants, not a shared array)
    static final String DRIVER = "org.postgresql.ds.PGSimpleDataSource";
    static final String URL = "${MPCONFIG=platform.db.url:jdbc:postgresql://localhost:5432/spplus}";
    static final String USER = "${MPCONFIG=platform.db.user:spplus}";
    static final String PASSWORD = "${MPCONFIG=platform.db.password:}";
    static final String POOL_MAX = "fish.payara.max-pool-size=${MPCONFIG=platform.db.pool.max:32}";
    static final String POOL_MIN = "fish.payara.steady-pool-size=${MPCONFIG=platform.db.pool.min:0}";
    static final String WAIT = "fish.payara.max-wait-time-in-millis=10000";
    static final String VALIDATED = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATION_METHOD = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATION_CLASS =
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation";
    static final String VALIDATION_PERIOD = "fish.payara.validate-atmost-once-period-in-seconds=30";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
    static final String NO_RETRY = "fish.payara.connection-creation-retry-attempts=0";
}
