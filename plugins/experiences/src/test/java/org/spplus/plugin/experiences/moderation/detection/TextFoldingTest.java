package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsCaseAndAccentsKeepingOffsets() {
        String text = "Élève à l’ÉCOLE, Ça œuvre";
        String folded = TextFolding.fold(text);
        assertThat(folded).isEqualTo("eleve a l'ecole, ca œuvre").hasSameSizeAs(text);
    }

    @Test
    void squeezesRepeatedLetters() {
        assertThat(TextFolding.squeeze("connnard")).isEqualTo("conard");
        assertThat(TextFolding.squeeze("1100")).isEqualTo("1100");
        assertThat(TextFolding.hasTripledLetter("connnard")).isTrue();
        assertThat(TextFolding.hasTripledLetter("connard")).isFalse();
    }
}
