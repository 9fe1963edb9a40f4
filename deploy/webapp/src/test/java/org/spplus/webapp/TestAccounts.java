package org.spplus.webapp;

/** The accounts the test definitions ({@code src/test/resources/test-tenants}) create, all with the demo password. */
public final class TestAccounts {

    public static final String PASSWORD = "services-publics-plus";

    public static final String ALPHA_ADMIN = "admin@alpha.test.spplus.fr";
    public static final String ALPHA_MANAGER = "manager@alpha.test.spplus.fr";
    public static final String ALPHA_AGENT = "agent@alpha.test.spplus.fr";
    public static final String ALPHA_NATIONAL_MANAGER = "national@alpha.test.spplus.fr";
    public static final String BETA_NATIONAL_MANAGER = "national@beta.test.spplus.fr";
    public static final String BETA_ADMIN = "admin@beta.test.spplus.fr";
    public static final String BETA_MANAGER = "manager@beta.test.spplus.fr";
    public static final String BETA_AGENT = "agent@beta.test.spplus.fr";
    public static final String MODERATOR = "moderation@test.spplus.fr";
    public static final String PLATFORM_ADMIN = "plateforme@test.spplus.fr";
    public static final String CITIZEN = "usager@test.spplus.fr";

    private TestAccounts() {
    }
}
