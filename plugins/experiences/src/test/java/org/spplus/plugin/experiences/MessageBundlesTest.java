package org.spplus.plugin.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the plugin's pages exists in French and English; mail templates are valid patterns. */
class MessageBundlesTest {

    private static final String PAGES = "org/spplus/plugin/experiences/messages";
    private static final String MAILS = "org/spplus/plugin/experiences/notification/mails.properties";

    @Test
    void frenchAndEnglishHaveTheSameKeysAndNoFrenchTextIsEmpty() throws IOException {
        Properties french = load(PAGES + ".properties");
        Properties english = load(PAGES + "_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        french.forEach((key, value) -> assertThat(value.toString()).as("French text of %s", key).isNotBlank());
    }

    @Test
    void textsWithParametersAreValidPatternsWhoseApostrophesAreDoubled() throws IOException {
        for (String bundle : new String[] {PAGES + ".properties", PAGES + "_en.properties"}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    String formatted = new MessageFormat(text, Locale.FRENCH).format(new Object[] {2, 3});
                    assertThat(formatted).as("%s in %s", key, bundle).doesNotContain("{0").doesNotContain("{1");
                }
            }
        }
    }

    @Test
    void everyMailTemplateHasASubjectAndABodyThatFormat() throws IOException {
        Properties mails = load(MAILS);
        for (String key : mails.stringPropertyNames()) {
            if (key.endsWith(".subject")) {
                String base = key.substring(0, key.length() - ".subject".length());
                assertThat(mails.getProperty(base + ".body")).as("body of %s", base).isNotBlank();
                String body = new MessageFormat(mails.getProperty(base + ".body"), Locale.FRENCH)
                        .format(new Object[] {"Titre", "https://exemple.fr/lien", "a", "b", "c"});
                assertThat(body).as(base).contains("https://exemple.fr/lien").doesNotContain("{1}");
            }
        }
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
