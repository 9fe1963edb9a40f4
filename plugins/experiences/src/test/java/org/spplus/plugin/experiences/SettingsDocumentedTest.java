package org.spplus.plugin.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every per-network setting of the plugin is documented in the README, with its default. */
class SettingsDocumentedTest {

    @Test
    void everySettingIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"));
        for (ExperiencesSetting setting : ExperiencesSetting.values()) {
            assertThat(readme).as(setting.name()).contains("| `" + setting.key() + "` |");
        }
        for (ExperiencesConfig config : ExperiencesConfig.values()) {
            assertThat(readme).as(config.name()).contains("| `" + config.key() + "` | `" + config.defaultValue() + "` |");
        }
        assertThat(new ExperiencesPlugin().defaultSettings()).containsOnlyKeys(
                java.util.Arrays.stream(ExperiencesSetting.values()).map(ExperiencesSetting::key).toList());
    }
}
