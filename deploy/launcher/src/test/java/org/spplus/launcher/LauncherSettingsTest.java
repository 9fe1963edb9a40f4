package org.spplus.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    @Test
    void environmentVariablesFollowMicroProfileNaming() {
        assertThat(LauncherSettings.envName("platform.db.pool.max")).isEqualTo("PLATFORM_DB_POOL_MAX");
        assertThat(LauncherSettings.envName("platform.launcher.data-dir")).isEqualTo("PLATFORM_LAUNCHER_DATA_DIR");
    }

    @Test
    void withoutDatabaseUrlTheDatabaseIsEmbeddedAndTheDemoOn() {
        LauncherSettings settings = LauncherSettings.read(Map.of(), Path.of("/opt/spplus"));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.demo()).isTrue();
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.runtimeDirectory()).isEqualTo(Path.of("/opt/spplus/runtime"));
    }

    @Test
    void withADatabaseUrlTheDemoIsOffUnlessAsked() {
        LauncherSettings settings = LauncherSettings.read(Map.of("PLATFORM_DB_URL", "jdbc:postgresql://db/spplus",
                "PLATFORM_HTTP_PORT", "9090"), Path.of("."));
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.demo()).isFalse();
        assertThat(settings.httpPort()).isEqualTo(9090);
    }

    @Test
    void theDemoCatchesItsMailUnlessTheMailIsOffOrGoesElsewhere() {
        LauncherSettings demo = LauncherSettings.read(Map.of(), Path.of("."));
        assertThat(demo.demoMailbox()).isTrue();
        assertThat(demo.mailboxPort()).isEqualTo(8025);
        assertThat(demo.mailboxSmtpPort()).isEqualTo(2525);
        assertThat(LauncherSettings.read(Map.of("PLATFORM_MAIL_SMTP_HOST", "smtp.example.fr"), Path.of("."))
                .demoMailbox()).isFalse();
        assertThat(LauncherSettings.read(Map.of("PLATFORM_MAIL_SMTP_PORT", "25025"), Path.of(".")).demoMailbox())
                .as("the benchmark's mail sink").isFalse();
        assertThat(LauncherSettings.read(Map.of("PLATFORM_MAIL_ENABLED", "false"), Path.of(".")).demoMailbox()).isFalse();
        assertThat(LauncherSettings.read(Map.of("PLATFORM_DB_URL", "jdbc:postgresql://db/spplus"), Path.of("."))
                .demoMailbox()).as("production").isFalse();
    }

    @Test
    void everyLauncherKeyIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"));
        for (String key : new String[] {"platform.http.port", "platform.launcher.data-dir", "platform.launcher.db-port",
                "platform.launcher.heap", "platform.launcher.start-timeout", "platform.db.url", "platform.launcher.mailbox-port",
                "platform.launcher.mailbox-smtp-port"}) {
            assertThat(readme).contains("`" + key + "`");
        }
    }
}
