package org.spplus.platform.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real servers a test run needs, started once per test JVM: a PostgreSQL (zonky binaries, a plain
 * non-superuser role so that row-level security applies as in production), an SMTP server (GreenMail)
 * and an OpenID Connect provider ({@link TestIdentityProvider}). The server under test reaches them through the system properties {@link #serverOptions()}
 * gives.
 */
public final class TestEnvironment {

    public static final String DB_NAME = "spplus_test";
    public static final String DB_USER = "spplus_test";
    public static final String DB_PASSWORD = "spplus_test";
    /** The context root Arquillian deploys the application under (the WAR's name). */
    public static final String CONTEXT_ROOT = "spplus";

    private static TestEnvironment instance;

    private final EmbeddedPostgres postgres;
    private final int smtpPort;
    private final int httpPort;
    private final TestIdentityProvider identityProvider;
    private GreenMail smtp;

    private TestEnvironment(EmbeddedPostgres postgres, int smtpPort, TestIdentityProvider identityProvider) {
        this.postgres = postgres;
        this.smtpPort = smtpPort;
        this.httpPort = freePort();
        this.identityProvider = identityProvider;
    }

    /** Starts the servers on first call and returns them. */
    public static synchronized TestEnvironment get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    static synchronized boolean started() {
        return instance != null;
    }

    private static TestEnvironment start() {
        try {
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "spplus-test-env");
            Files.createDirectories(work);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work.resolve("pg-binaries").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
                 Statement s = c.createStatement()) {
                s.execute("create role " + DB_USER + " login nosuperuser nobypassrls password '" + DB_PASSWORD + "'");
                s.execute("create database " + DB_NAME + " owner " + DB_USER + " encoding 'UTF8' template template0");
            }
            TestEnvironment env = new TestEnvironment(postgres, freePort(), new TestIdentityProvider());
            env.startSmtp();
            return env;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DB_NAME;
    }

    /** A connection as the platform's user (row-level security applies). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DB_USER, DB_PASSWORD);
    }

    /** A superuser connection, for checks that must see every tenant's rows. */
    public Connection connectAsSuperuser() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", DB_NAME));
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The HTTP port the server under test listens on (fixed, so that the links it mails and its OpenID
     * callbacks can name it). */
    public int httpPort() {
        return httpPort;
    }

    /** The server under test's public base URL, with its context path and no trailing slash. */
    public String publicUrl() {
        return "http://localhost:" + httpPort + "/" + CONTEXT_ROOT;
    }

    /** The OpenID provider standing for FranceConnect and ProConnect. */
    public TestIdentityProvider identityProvider() {
        return identityProvider;
    }

    /** The test SMTP server (real SMTP on loopback); null while stopped. */
    public synchronized GreenMail smtp() {
        return smtp;
    }

    public synchronized void startSmtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** Stops the SMTP server, as when the mail server is down. */
    public synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** JVM options for the server under test, pointing it at these servers. */
    public List<String> serverOptions() {
        List<String> options = new ArrayList<>(List.of(
                "-Dplatform.db.url=" + jdbcUrl(),
                "-Dplatform.db.user=" + DB_USER,
                "-Dplatform.db.password=" + DB_PASSWORD,
                "-Dplatform.mail.smtp.host=127.0.0.1",
                "-Dplatform.mail.smtp.port=" + smtpPort,
                "-Dplatform.mail.poll-seconds=1",
                "-Dplatform.demo.enabled=true",
                "-Dplatform.test-clock.enabled=true",
                "-Dplatform.public-url=" + publicUrl()));
        options.addAll(identityProvider.serverOptions());
        return options;
    }

    void stop() {
        stopSmtp();
        identityProvider.stop();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // end of the test run
        }
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }
}
