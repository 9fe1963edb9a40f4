package org.spplus.platform.core.persistence;

/** JNDI names and identifiers shared by the persistence layer and the deployment descriptors. */
public final class DataSources {

    /** The application's data source, defined in the core's {@code web-fragment.xml}. */
    public static final String JNDI_NAME = "java:app/jdbc/spplus";

    /**
     * The same database, on connections where every statement is planned for its values
     * ({@code plan_cache_mode=force_custom_plan}): the public reads whose best way depends on their values.
     */
    public static final String PLANNED_JNDI_NAME = "java:app/jdbc/spplus-planned";

    /** The single persistence unit, assembled in the WAR's {@code persistence.xml}. */
    public static final String PERSISTENCE_UNIT = "spplus";

    /** The PostgreSQL setting that row-level security policies compare tenant_id with. */
    public static final String TENANT_SETTING = "spplus.tenant_id";

    private DataSources() {
    }
}
