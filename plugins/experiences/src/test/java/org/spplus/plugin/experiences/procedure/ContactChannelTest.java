package org.spplus.plugin.experiences.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContactChannelTest {

    @Test
    void codesRoundTrip() {
        for (ContactChannel channel : ContactChannel.values()) {
            assertThat(ContactChannel.fromCode(channel.code())).contains(channel);
            assertThat(ContactChannel.fromCode(" " + channel.code().toUpperCase(Locale.ROOT) + " ")).contains(channel);
        }
        assertThat(Arrays.stream(ContactChannel.values()).map(ContactChannel::code)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ContactChannel.fromCode("pigeon-voyageur")).isEmpty();
        assertThat(ContactChannel.fromCode(null)).isEmpty();
    }

    @Test
    void labelsInFrenchAndEnglish() {
        assertThat(ContactChannel.ACCUEIL_PHYSIQUE.code()).isEqualTo("accueil-physique");
        assertThat(ContactChannel.COURRIER.label(Locale.FRENCH)).isEqualTo("Courrier postal");
        assertThat(ContactChannel.EMAIL.label().fr()).isEqualTo("Courriel / messagerie");
        assertThat(ContactChannel.VISIO.label(Locale.ENGLISH)).isEqualTo("Video appointment");
        for (ContactChannel channel : ContactChannel.values()) {
            assertThat(channel.label().fr()).isNotBlank().isNotEqualTo(channel.label().en());
        }
    }
}
