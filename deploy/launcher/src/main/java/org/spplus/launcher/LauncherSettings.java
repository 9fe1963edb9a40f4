package org.spplus.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, read like MicroProfile Config reads them: a system property
 * ({@code -Dplatform.http.port=9090}) or its environment variable ({@code PLATFORM_HTTP_PORT=9090}).
 */
record LauncherSettings(Optional<String> externalDbUrl, int httpPort, Path dataDirectory, Path runtimeDirectory,
                        int embeddedDbPort, boolean demo, String heap, int startTimeoutSeconds, boolean demoMailbox,
                        int mailboxPort, int mailboxSmtpPort) {

    static LauncherSettings read(Map<String, String> env, Path launcherJarDirectory) {
        Optional<String> dbUrl = value(env, "platform.db.url");
        Path data = value(env, "platform.launcher.data-dir").map(Path::of).orElse(Path.of("var"));
        Path runtime = value(env, "platform.launcher.runtime-dir").map(Path::of)
                .orElse(launcherJarDirectory.resolve("runtime"));
        boolean demo = Boolean.parseBoolean(value(env, "platform.demo.enabled").orElse(String.valueOf(dbUrl.isEmpty())));
        // the demo catches its own mail, unless the mail is off or goes to a server of the user's choice
        boolean demoMailbox = demo && Boolean.parseBoolean(value(env, "platform.mail.enabled").orElse("true"))
                && value(env, "platform.mail.smtp.host").isEmpty() && value(env, "platform.mail.smtp.port").isEmpty();
        return new LauncherSettings(
                dbUrl,
                Integer.parseInt(value(env, "platform.http.port").orElse("8080")),
                data.toAbsolutePath(),
                runtime.toAbsolutePath(),
                Integer.parseInt(value(env, "platform.launcher.db-port").orElse("15432")),
                demo,
                value(env, "platform.launcher.heap").orElse("448m"),
                Integer.parseInt(value(env, "platform.launcher.start-timeout").orElse("300")),
                demoMailbox,
                Integer.parseInt(value(env, "platform.launcher.mailbox-port").orElse("8025")),
                Integer.parseInt(value(env, "platform.launcher.mailbox-smtp-port").orElse("2525")));
    }

    static Optional<String> value(Map<String, String> env, String key) {
        String fromProperty = System.getProperty(key);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnv = env.get(envName(key));
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
    }

    /** The environment variable MicroProfile Config maps to a key: non-alphanumerics to _, upper case. */
    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    boolean embeddedDatabase() {
        return externalDbUrl.isEmpty();
    }
}
