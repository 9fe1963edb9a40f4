package org.spplus.plugin.experiences.story.entity;

/** What a moderator decided, as in the seeds' moderation figures. */
public enum ModerationOutcome {
    /** Published as the citizen wrote it. */
    AS_IS("Publiée telle quelle"),
    /** Published after light corrections (spelling, syntax, personal data removed); the author is told. */
    LIGHT_CORRECTIONS("Publiée avec corrections légères"),
    /** Rewritten with the author's agreement. */
    REWRITE("Réécrite avec l'accord de l'auteur"),
    REJECTED("Rejetée");

    private final String label;

    ModerationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
