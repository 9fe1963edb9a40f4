package org.spplus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;

/**
 * The launcher against an external database, as in production: it refuses to start on malformed tenant
 * definitions (naming file and field, loading nothing), and it says so clearly and recovers when the
 * database is unreachable at start or during a request.
 */
class LauncherIT {

    private static final Path SHIPPED_TENANTS = Path.of(System.getProperty("spplus.tenants.source"));

    private static Map<String, String> externalDatabase(String url) {
        return Map.of("PLATFORM_DB_URL", url, "PLATFORM_DB_USER", TestEnvironment.DB_USER,
                "PLATFORM_DB_PASSWORD", TestEnvironment.DB_PASSWORD, "PLATFORM_DB_RETRY_SECONDS", "2",
                "PLATFORM_MAIL_ENABLED", "false");
    }

    private static Map<String, String> withDemoAccounts(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("PLATFORM_DEMO_ENABLED", "true");
        return all;
    }

    @Test
    void malformedDefinitionsRefuseTheStartAndLoadNothing() throws Exception {
        TestEnvironment env = TestEnvironment.get();
        Path tenants = Files.createTempDirectory("tenants-malformes");
        Files.copy(SHIPPED_TENANTS.resolve("platform.yaml"), tenants.resolve("platform.yaml"));
        // a valid network beside a malformed one: neither may be loaded
        copyAs("dgfip", "reseau-valide", tenants, text -> text);
        copyAs("caf", "reseau-errone", tenants, text -> text.replaceFirst("departement: \"30\"", "departement: \"977\""));
        Map<String, String> envVars = new java.util.HashMap<>(externalDatabase(env.jdbcUrl()));
        envVars.put("PLATFORM_TENANTS_DIRECTORY", tenants.toString());
        try (LaunchedPlatform platform = LaunchedPlatform.start(Files.createTempDirectory("launcher"),
                freePort(), envVars)) {
            assertThat(platform.waitForExit(240)).as(platform.console()).isTrue();
            assertThat(platform.exitCode()).as(platform.console()).isEqualTo(2);
            assertThat(platform.console())
                    .contains("Démarrage refusé")
                    .contains(tenants.resolve("reseau-errone/tenant.yaml").toString())
                    .contains("departement")
                    .contains("« 977 » n'est pas un code de département connu");
        }
        try (Connection c = env.connectAsSuperuser(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from core_tenant where id in ('reseau-valide', 'reseau-errone')")) {
            rs.next();
            assertThat(rs.getLong(1)).as("nothing half-loaded").isZero();
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedAndTheServiceRecovers() throws Exception {
        TestEnvironment env = TestEnvironment.get();
        int dbPort = freePort();
        String url = "jdbc:postgresql://localhost:" + dbPort + "/" + TestEnvironment.DB_NAME;
        try (TcpProxy database = new TcpProxy(dbPort, Integer.parseInt(env.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1")));
             LaunchedPlatform platform = LaunchedPlatform.start(Files.createTempDirectory("launcher"), freePort(),
                     withDemoAccounts(externalDatabase(url)))) {
            var notReady = platform.await("/health/ready", 503, "DATABASE_UNREACHABLE", 240);
            assertThat(notReady.body()).contains("\"database\"").contains("refused");
            assertThat(platform.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(platform.console()).contains("Base de données injoignable");
            var page = platform.get("/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("ne parvient pas à joindre sa base de données");

            database.start();
            platform.awaitStatus("/health/ready", 200, 120);
            // a signed-in agent: each of their requests reads the database (their roles)
            WebVisitor agent = WebVisitor.signedIn(platform.base(), "agent@caf.demo.spplus.fr", "services-publics-plus");
            assertThat(agent.get("t/caf/").statusCode()).isEqualTo(200);

            database.stop();
            var during = agent.get("t/caf/");
            assertThat(during.statusCode()).isEqualTo(503);
            assertThat(during.body()).contains("ne parvient pas à joindre sa base de données").doesNotContain("Exception");
            assertThat(platform.get("/health/ready").statusCode()).isEqualTo(503);

            database.start();
            long until = System.currentTimeMillis() + 120_000;
            while (agent.get("t/caf/").statusCode() != 200 && System.currentTimeMillis() < until) {
                Thread.sleep(1000);
            }
            assertThat(agent.get("t/caf/").statusCode()).as("the same session works again").isEqualTo(200);
        }
    }

    /** Copies a shipped network under another id (ids, paths, hosts and demo e-mails renamed). */
    private static void copyAs(String shipped, String id, Path target, java.util.function.UnaryOperator<String> change)
            throws Exception {
        String text = Files.readString(SHIPPED_TENANTS.resolve(shipped + "/tenant.yaml"))
                .replace("id: " + shipped + "\n", "id: " + id + "\n")
                .replace("path: " + shipped + "\n", "path: " + id + "\n")
                .replace(shipped + ".localhost", id + ".localhost")
                .replace("@" + shipped + ".demo", "@" + id + ".demo");
        Files.createDirectories(target.resolve(id));
        Files.writeString(target.resolve(id + "/tenant.yaml"), change.apply(text));
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
