package org.spplus.plugin.experiences.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A template's text goes after what the agent typed, after a blank line; nothing typed is lost. */
class TemplateInsertionTest {

    @Test
    void theTemplateGoesAfterTheTypedTextSeparatedByABlankLine() {
        assertThat(TemplateInsertion.append("Bonjour Madame,", "Merci pour votre témoignage."))
                .isEqualTo("Bonjour Madame,\n\nMerci pour votre témoignage.");
    }

    @Test
    void anEmptyDraftTakesTheTemplateAlone() {
        assertThat(TemplateInsertion.append("", "Merci.")).isEqualTo("Merci.");
        assertThat(TemplateInsertion.append(null, "Merci.")).isEqualTo("Merci.");
        assertThat(TemplateInsertion.append("  \n ", "Merci.")).isEqualTo("Merci.");
    }

    @Test
    void trailingBlankLinesOfTheDraftAreNotDoubledAndItsOwnLinesAreKept() {
        assertThat(TemplateInsertion.append("Ligne 1\r\nLigne 2\n\n\n", "  Modèle  "))
                .isEqualTo("Ligne 1\r\nLigne 2\n\nModèle");
    }

    @Test
    void anEmptyTemplateLeavesTheDraftAsTyped() {
        assertThat(TemplateInsertion.append("Déjà écrit", "")).isEqualTo("Déjà écrit");
    }
}
