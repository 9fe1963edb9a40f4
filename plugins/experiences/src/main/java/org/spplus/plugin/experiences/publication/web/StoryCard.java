package org.spplus.plugin.experiences.publication.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spplus.plugin.experiences.publication.PublicQueries;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.web.Texts;

/**
 * A published story as its card in the public lists shows it, with its texts ready to print in the page's
 * language. The list prints twenty of them per page: the page reads a few plain properties per card instead of
 * evaluating labels, conditions and nested loops for each (that evaluation was most of the page's cost).
 */
public final class StoryCard {

    /** Excerpts are cut at this length by the read model; a cut excerpt ends with an ellipsis. */
    static final int EXCERPT_LENGTH = 240;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final long id;
    private final String title;
    private final String excerpt;
    private final String feelingBadge;
    private final String feelingText;
    private final boolean answered;
    private final String answerText;
    private final String detail;

    private StoryCard(long id, String title, String excerpt, String feelingBadge, String feelingText, boolean answered,
                      String answerText, String detail) {
        this.id = id;
        this.title = title;
        this.excerpt = excerpt;
        this.feelingBadge = feelingBadge;
        this.feelingText = feelingText;
        this.answered = answered;
        this.answerText = answerText;
        this.detail = detail;
    }

    /** The texts the cards of a page share, read once for the page, in its language. */
    public record Labels(String feeling, Map<String, String> feelings, String answered, String notAnswered,
                         String publishedOn) {

        public static Labels ofPage() {
            Map<String, String> feelings = new HashMap<>();
            for (Feeling feeling : Feeling.values()) {
                feelings.put(feeling.name(), Texts.feelingLabel(feeling.name()));
            }
            return new Labels(Texts.get("public.feeling"), feelings, Texts.get("public.answered"),
                    Texts.get("public.notAnswered"), Texts.get("public.publishedOn"));
        }
    }

    /**
     * The card of a row: networks by their short names, the département by its name, the publication day in
     * Paris time.
     */
    public static StoryCard of(PublicQueries.Row row, Labels labels, Function<String, String> networkName,
                               Function<String, String> departementName) {
        String excerpt = row.excerpt() == null ? "" : row.excerpt();
        if (excerpt.length() >= EXCERPT_LENGTH) {
            excerpt += "…";
        }
        StringBuilder detail = new StringBuilder(row.networks().stream().map(networkName)
                .collect(Collectors.joining(", ")));
        if (row.departement() != null && !row.departement().isBlank()) {
            detail.append(" – ").append(departementName.apply(row.departement()));
        }
        detail.append(" – ").append(labels.publishedOn()).append(' ')
                .append(DAY.format(row.publishedAt().atZoneSameInstant(PARIS)));
        boolean answered = row.answerCount() > 0;
        return new StoryCard(row.id(), row.title(), excerpt, badge(row.feeling()),
                labels.feeling() + " " + labels.feelings().getOrDefault(row.feeling(), String.valueOf(row.feeling())),
                answered, answered ? labels.answered() : labels.notAnswered(), detail.toString());
    }

    /** The State design system's badge colour of a feeling. */
    static String badge(String feeling) {
        if ("POSITIF".equals(feeling)) {
            return "fr-badge--success";
        }
        return "NEGATIF".equals(feeling) ? "fr-badge--error" : "fr-badge--info";
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getFeelingBadge() {
        return feelingBadge;
    }

    public String getFeelingText() {
        return feelingText;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getDetail() {
        return detail;
    }
}
