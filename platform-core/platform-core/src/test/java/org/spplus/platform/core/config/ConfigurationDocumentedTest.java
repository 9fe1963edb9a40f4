package org.spplus.platform.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every configuration key of the core is documented in the README's configuration reference. */
class ConfigurationDocumentedTest {

    @Test
    void everyKeyIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("../../README.md"));
        for (CoreSetting setting : CoreSetting.values()) {
            assertThat(readme).as(setting.name()).contains("`" + setting.key() + "`");
        }
    }
}
