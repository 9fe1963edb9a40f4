package org.spplus.plugin.experiences.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StoryEnumsTest {

    @Test
    void feelingCodesRoundTrip() {
        assertThat(Arrays.stream(Feeling.values()).map(Feeling::code))
                .containsExactly("positif", "neutre", "negatif");
        for (Feeling feeling : Feeling.values()) {
            assertThat(Feeling.fromCode(feeling.code())).contains(feeling);
        }
        assertThat(Feeling.fromCode("NEGATIF")).contains(Feeling.NEGATIF);
        assertThat(Feeling.fromCode("négatif")).isEmpty();
        assertThat(Feeling.fromCode(null)).isEmpty();
    }

    @Test
    void feelingLabels() {
        assertThat(Arrays.stream(Feeling.values()).map(feeling -> feeling.label(Locale.FRENCH)))
                .containsExactly("Positif", "Neutre", "Négatif");
        assertThat(Feeling.NEUTRE.label(Locale.ENGLISH)).isEqualTo("Neutral");
    }

    @Test
    void authorKindCodesRoundTrip() {
        assertThat(Arrays.stream(AuthorKind.values()).map(AuthorKind::code)).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
        for (AuthorKind kind : AuthorKind.values()) {
            assertThat(AuthorKind.fromCode(kind.code())).contains(kind);
            assertThat(kind.label().fr()).isNotBlank();
            assertThat(kind.label().en()).isNotBlank();
        }
        assertThat(AuthorKind.fromCode("agent-public")).contains(AuthorKind.AGENT_PUBLIC);
        assertThat(AuthorKind.fromCode("martien")).isEmpty();
    }

    @Test
    void authorKindLabels() {
        assertThat(AuthorKind.PARTICULIER.label(Locale.FRENCH)).isEqualTo("Un particulier");
        assertThat(AuthorKind.AIDANT.label().fr()).isEqualTo("Un aidant / accompagnant d'un proche");
        assertThat(AuthorKind.ELU.label(Locale.ENGLISH)).isEqualTo("An elected representative");
    }
}
