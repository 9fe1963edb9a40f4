package org.spplus.platform.core.config;

/**
 * Every configuration key of the core, with its default and meaning. Keys are MicroProfile Config
 * properties: set them as system properties ({@code -Dplatform.mail.smtp.host=...}), environment
 * variables ({@code PLATFORM_MAIL_SMTP_HOST}) or in {@code microprofile-config.properties}.
 *
 * <p>The database keys ({@code platform.db.*}) are read by the container when it creates the data
 * source (see {@code web-fragment.xml}); they are listed here so that they are documented in one place.
 */
public enum CoreSetting {

    DB_URL("platform.db.url", "jdbc:postgresql://localhost:5432/spplus",
            "JDBC URL of the PostgreSQL database."),
    DB_USER("platform.db.user", "spplus", "Database user (must not be a superuser: row-level security is bypassed for superusers)."),
    DB_PASSWORD("platform.db.password", "", "Database password."),
    DB_POOL_MAX("platform.db.pool.max", "32", "Maximum number of pooled database connections."),
    DB_POOL_MIN("platform.db.pool.min", "2", "Connections kept open when idle."),
    DB_RETRY_SECONDS("platform.db.retry-seconds", "10",
            "When the database is unreachable at start-up, seconds between two attempts to migrate and load tenants."),

    TENANTS_DIRECTORY("platform.tenants.directory", "",
            "Folder holding one sub-folder per tenant (tenant.yaml); empty to use the definitions packaged in the application."),
    THEME("platform.theme", "dsfr",
            "Base theme: dsfr (the French State design system, for State services only) or neutre (no State brand)."),
    SESSION_ABSOLUTE_HOURS("platform.session.absolute-hours", "12",
            "Hours after which a signed-in session ends whatever the activity (idle sessions end after 30 minutes)."),
    SESSION_ANONYMOUS_IDLE_SECONDS("platform.session.anonymous-idle-seconds", "300",
            "Idle seconds after which a session opened by merely reading pages ends (crawlers and readers hold no memory "
            + "for long); sending a form or signing in gives the session the usual 30 minutes."),
    DEMO_ENABLED("platform.demo.enabled", "false",
            "Loads the demo accounts declared in the tenant definitions and shows them on the sign-in page. Never in production."),
    DEMO_PASSWORD("platform.demo.password", "services-publics-plus",
            "Password of every demo account (demo mode only)."),
    PUBLIC_URL("platform.public-url", "http://localhost:8080",
            "Public base URL of the platform, used in links sent by mail."),

    TRUSTED_PROXIES("platform.trusted-proxies", "",
            "Comma-separated addresses of the reverse proxies in front of the platform, whose X-Forwarded-For header is "
                    + "believed (for login throttling per address); empty when the platform is reached directly."),

    TEST_CLOCK_ENABLED("platform.test-clock.enabled", "false",
            "Lets tests move the platform's clock forward (POST /test/horloge?avance=P8D). Never in production."),
    API_REQUESTS_PER_MINUTE("platform.api.requests-per-minute", "60",
            "Requests a client address may make to the public API (/api/...) per minute; beyond, 429."),
    BENCH_ENABLED("platform.bench.enabled", "false",
            "Serves the benchmark's reference page /bench/plancher (a bare PrimeFaces page). Off in production."),

    FRANCECONNECT_ISSUER("platform.oidc.franceconnect.issuer", "",
            "FranceConnect's issuer URL (e.g. https://fcp-low.sbx.dev-franceconnect.fr/api/v2); empty to switch it off."),
    FRANCECONNECT_CLIENT_ID("platform.oidc.franceconnect.client-id", "", "Client id given by FranceConnect."),
    FRANCECONNECT_CLIENT_SECRET("platform.oidc.franceconnect.client-secret", "", "Client secret given by FranceConnect."),
    FRANCECONNECT_SCOPES("platform.oidc.franceconnect.scopes", "openid given_name family_name email",
            "Scopes asked of FranceConnect."),
    PROCONNECT_ISSUER("platform.oidc.proconnect.issuer", "",
            "ProConnect's issuer URL (e.g. https://fca.integ01.dev-agentconnect.fr/api/v2); empty to switch it off."),
    PROCONNECT_CLIENT_ID("platform.oidc.proconnect.client-id", "", "Client id given by ProConnect."),
    PROCONNECT_CLIENT_SECRET("platform.oidc.proconnect.client-secret", "", "Client secret given by ProConnect."),
    PROCONNECT_SCOPES("platform.oidc.proconnect.scopes", "openid email given_name usual_name uid siret",
            "Scopes asked of ProConnect."),

    CONTACT_ADDRESS("platform.contact.address", "contact@services-publics-plus.localhost",
            "Where the contact form's messages are sent."),

    MAIL_FROM("platform.mail.from", "Services Publics+ <ne-pas-repondre@services-publics-plus.localhost>",
            "Sender of the platform's mail."),
    MAIL_SMTP_HOST("platform.mail.smtp.host", "localhost", "SMTP server host."),
    MAIL_SMTP_PORT("platform.mail.smtp.port", "25", "SMTP server port."),
    MAIL_SMTP_USER("platform.mail.smtp.user", "", "SMTP user name; empty for no authentication."),
    MAIL_SMTP_PASSWORD("platform.mail.smtp.password", "", "SMTP password."),
    MAIL_SMTP_STARTTLS("platform.mail.smtp.starttls", "false", "Requires STARTTLS on the SMTP connection."),
    MAIL_SMTP_TIMEOUT_MS("platform.mail.smtp.timeout-ms", "10000", "Connection and read timeout towards the SMTP server."),
    MAIL_POLL_SECONDS("platform.mail.poll-seconds", "5",
            "Seconds between two passes of the outbox sender (mail is also sent right after the transaction that queued it)."),
    MAIL_MAX_ATTEMPTS("platform.mail.max-attempts", "12",
            "Attempts before a mail is marked failed (the delay doubles from 30 s up to 1 h between attempts)."),
    MAIL_ENABLED("platform.mail.enabled", "true", "Whether the outbox sender runs on this node.");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    CoreSetting(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }
}
