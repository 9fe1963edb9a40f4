package org.spplus.plugin.experiences.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spplus.plugin.experiences.publication.PublicQueries;

class StoryCardTest {

    private static final StoryCard.Labels LABELS = new StoryCard.Labels("Ressenti :",
            Map.of("POSITIF", "Positif", "NEGATIF", "Négatif"), "Avec réponse", "En attente de réponse", "publiée le");

    private static PublicQueries.Row row(String excerpt, String feeling, String departement, int answers, String... networks) {
        return new PublicQueries.Row(42, "Un titre <b>", excerpt, feeling, departement,
                OffsetDateTime.parse("2026-03-31T23:30:00Z"), answers, List.of(networks), 0);
    }

    @Test
    void aCardSaysTheNetworksThePlaceAndTheDayInParisTime() {
        StoryCard card = StoryCard.of(row("Court.", "NEGATIF", "30", 0, "caf", "dgfip"), LABELS,
                id -> id.toUpperCase(), code -> "Gard");
        assertThat(card.getDetail()).isEqualTo("CAF, DGFIP – Gard – publiée le 01/04/2026");
        assertThat(card.getExcerpt()).isEqualTo("Court.");
        assertThat(card.getFeelingText()).isEqualTo("Ressenti : Négatif");
        assertThat(card.getFeelingBadge()).isEqualTo("fr-badge--error");
        assertThat(card.isAnswered()).isFalse();
        assertThat(card.getAnswerText()).isEqualTo("En attente de réponse");
        assertThat(card.getTitle()).as("escaped when written, not here").isEqualTo("Un titre <b>");
    }

    @Test
    void aCutExcerptEndsWithAnEllipsisAndAPlaceIsOptional() {
        String cut = "x".repeat(StoryCard.EXCERPT_LENGTH);
        StoryCard card = StoryCard.of(row(cut, "POSITIF", null, 2, "caf"), LABELS, id -> "CAF", code -> "?");
        assertThat(card.getExcerpt()).hasSize(StoryCard.EXCERPT_LENGTH + 1).endsWith("…");
        assertThat(card.getDetail()).isEqualTo("CAF – publiée le 01/04/2026");
        assertThat(card.getFeelingBadge()).isEqualTo("fr-badge--success");
        assertThat(card.getAnswerText()).isEqualTo("Avec réponse");
        assertThat(StoryCard.badge("NEUTRE")).isEqualTo("fr-badge--info");
    }
}
