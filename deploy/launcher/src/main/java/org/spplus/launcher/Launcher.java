package org.spplus.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the platform for a newcomer or in production.
 *
 * <ul>
 *   <li>Without {@code PLATFORM_DB_URL}: starts an embedded PostgreSQL (data in {@code var/postgres}, kept
 *       across restarts), switches the demo data on, then starts Payara Micro with the WAR.</li>
 *   <li>With {@code PLATFORM_DB_URL} (and user, password): starts Payara Micro against that database.</li>
 * </ul>
 * In demo mode it also receives the mail the platform sends and shows it on a page of its own ({@link DemoMailbox}).
 * Prints the address and the demo accounts once the platform reports ready; stops everything cleanly on
 * Ctrl+C.
 */
public final class Launcher {

    /** {@link #waitUntilReady}: the deployment failed on Payara Micro's known start-up race (worth one more start). */
    private static final int BOOT_RACE = 4;

    /** The embedded database's and the demo mail server's chatter (held here: the logging keeps loggers weakly). */
    private static final java.util.List<java.util.logging.Logger> QUIET_LOGGERS = java.util.List.of(
            java.util.logging.Logger.getLogger("io.zonky"), java.util.logging.Logger.getLogger("com.icegreen"));

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        for (java.util.logging.Logger quiet : QUIET_LOGGERS) {
            quiet.setLevel(java.util.logging.Level.WARNING);
        }
        Path jarDirectory = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        LauncherSettings settings = LauncherSettings.read(System.getenv(), jarDirectory);
        say("Services Publics+ : démarrage (données dans " + settings.dataDirectory() + ")");

        Map<String, String> environment = new HashMap<>();
        EmbeddedDatabase database = null;
        if (settings.embeddedDatabase()) {
            say("  PostgreSQL embarqué : démarrage sur le port " + settings.embeddedDbPort() + "…");
            database = EmbeddedDatabase.start(settings.dataDirectory(), settings.embeddedDbPort());
            environment.put("PLATFORM_DB_URL", database.jdbcUrl());
            environment.put("PLATFORM_DB_USER", database.user());
            environment.put("PLATFORM_DB_PASSWORD", database.password());
        } else {
            say("  Base de données : " + settings.externalDbUrl().orElseThrow());
            waitForDatabase(settings);
        }
        environment.put("PLATFORM_DEMO_ENABLED", String.valueOf(settings.demo()));
        DemoMailbox mailbox = demoMailbox(settings, environment);
        if (LauncherSettings.value(System.getenv(), "platform.public-url").isEmpty()) {
            environment.put("PLATFORM_PUBLIC_URL", "http://localhost:" + settings.httpPort());
        }

        say("  Payara Micro : démarrage sur le port " + settings.httpPort() + " (journal : "
                + settings.dataDirectory().resolve("logs/platform.log") + ")…");
        java.util.concurrent.atomic.AtomicReference<PlatformProcess> running =
                new java.util.concurrent.atomic.AtomicReference<>(PlatformProcess.start(settings, environment));
        EmbeddedDatabase db = database;
        Thread shutdown = new Thread(() -> stop(running.get(), db, mailbox), "spplus-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);

        int exit = waitUntilReady(running.get(), settings, started, mailbox);
        if (exit == BOOT_RACE) {
            say("  Payara Micro a échoué à son propre démarrage (service de sécurité lancé sans chargeur de classes,"
                    + " erreur passagère du serveur, sans lien avec l'application) : nouveau démarrage.");
            running.get().close();
            running.set(PlatformProcess.start(settings, environment));
            exit = waitUntilReady(running.get(), settings, started, mailbox);
        }
        PlatformProcess platform = running.get();
        if (exit != 0) {
            Runtime.getRuntime().removeShutdownHook(shutdown);
            stop(platform, db, mailbox);
            System.exit(exit == BOOT_RACE ? 1 : exit);
        }
        platform.close(); // not reached until the server stops: waits for the child
    }

    /**
     * In demo mode, unless told where to send mail, the launcher receives it and shows it on a page of its own; a port
     * already taken is said, and the mail then waits in the outbox as it would for an unreachable server.
     */
    private static DemoMailbox demoMailbox(LauncherSettings settings, Map<String, String> environment) {
        if (!settings.demoMailbox()) {
            return null;
        }
        try {
            DemoMailbox mailbox = DemoMailbox.start(settings.mailboxSmtpPort(), settings.mailboxPort());
            environment.put("PLATFORM_MAIL_SMTP_HOST", "127.0.0.1");
            environment.put("PLATFORM_MAIL_SMTP_PORT", String.valueOf(mailbox.smtpPort()));
            say("  Courriels de démonstration : reçus par le lanceur, à lire sur " + mailbox.address());
            return mailbox;
        } catch (IOException e) {
            say("  Courriels de démonstration : boîte indisponible (" + e.getMessage() + ") ; les courriels attendront"
                    + " dans la file d'envoi.");
            return null;
        }
    }

    /**
     * The application server cannot deploy the platform without its database: until the database
     * answers, say so (on the console, and on the platform's port for health checks and visitors).
     */
    private static void waitForDatabase(LauncherSettings settings) throws Exception {
        Map<String, String> env = System.getenv();
        DatabaseProbe probe = new DatabaseProbe(settings.externalDbUrl().orElseThrow(),
                LauncherSettings.value(env, "platform.db.user").orElse("spplus"),
                LauncherSettings.value(env, "platform.db.password").orElse(""));
        java.util.Optional<String> problem = probe.problem();
        if (problem.isEmpty()) {
            return;
        }
        int retrySeconds = Integer.parseInt(LauncherSettings.value(env, "platform.db.retry-seconds").orElse("10"));
        try (StandbyServer standby = StandbyServer.start(settings.httpPort())) {
            String last = "";
            while (problem.isPresent()) {
                if (!problem.get().equals(last)) {
                    say("  Base de données injoignable : " + problem.get() + " — nouvelle tentative toutes les "
                            + retrySeconds + " s (santé : DOWN)");
                    last = problem.get();
                }
                standby.reason(problem.get());
                Thread.sleep(retrySeconds * 1000L);
                problem = probe.problem();
            }
        }
        say("  Base de données joignable.");
    }

    private static int waitUntilReady(PlatformProcess platform, LauncherSettings settings, long started,
                                      DemoMailbox mailbox) throws Exception {
        long deadline = System.nanoTime() + settings.startTimeoutSeconds() * 1_000_000_000L;
        String lastReasons = "";
        while (System.nanoTime() < deadline) {
            if (!platform.alive()) {
                say("Le serveur s'est arrêté (code " + platform.exitCode() + "). Voir " + platform.log());
                return 1;
            }
            if (platform.failedOnKnownBootRace()) {
                return BOOT_RACE;
            }
            if (platform.deploymentFailed()) {
                say("L'application n'a pas pu être déployée. Voir " + platform.log());
                return 1;
            }
            PlatformProcess.Readiness readiness = platform.readiness();
            if (readiness.up()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                banner(platform, seconds, mailbox);
                waitForExit(platform);
                return 0;
            }
            if (readiness.refused()) {
                say("Démarrage refusé : les raisons sont données ci-dessus et dans " + platform.log());
                return 2;
            }
            String reasons = String.join("\n", readiness.reasons());
            if (!reasons.isEmpty() && !reasons.equals(lastReasons)) {
                readiness.reasons().forEach(r -> say("  … " + r));
                lastReasons = reasons;
            }
            Thread.sleep(250);
        }
        say("Le serveur n'est pas prêt après " + settings.startTimeoutSeconds() + " s. Voir " + platform.log());
        return 3;
    }

    private static void banner(PlatformProcess platform, double seconds, DemoMailbox mailbox) throws Exception {
        say("");
        say(String.format(Locale.FRANCE, "Services Publics+ est prêt en %.1f s : %s", seconds, platform.baseUrl()));
        String demo = platform.get("demo/comptes");
        if (!demo.isBlank()) {
            say("");
            demo.lines().forEach(Launcher::say);
        }
        if (mailbox != null) {
            say("Courriels envoyés par la plateforme : " + mailbox.address());
        }
        say("");
        say("Santé : " + platform.baseUrl() + "health/ready — Arrêt : Ctrl+C");
    }

    private static void waitForExit(PlatformProcess platform) throws InterruptedException {
        while (platform.alive()) {
            Thread.sleep(1000);
        }
    }

    private static void stop(PlatformProcess platform, EmbeddedDatabase database, DemoMailbox mailbox) {
        say("Arrêt de la plateforme…");
        try {
            platform.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                say("PostgreSQL embarqué : arrêt incomplet (" + e.getMessage() + ")");
            }
        }
        if (mailbox != null) {
            mailbox.close();
        }
        say("Plateforme arrêtée.");
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
