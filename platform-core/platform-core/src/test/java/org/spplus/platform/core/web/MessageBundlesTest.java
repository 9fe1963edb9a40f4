package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the interface exists in French and in English, and no French text is left empty. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/spplus/platform/core/web/messages", "org/spplus/platform/core/web/pages"})
    void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties french = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).as("keys of %s_en", bundle)
                .containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        french.forEach((key, value) -> assertThat(value.toString()).as("French text of %s", key).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
