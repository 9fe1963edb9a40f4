package org.spplus.plugin.experiences.story.entity;

/** Where a story stands, from its submission to its publication or rejection. */
public enum StoryStatus {
    /** Told without an account: waits for its author to confirm the e-mail address. */
    AWAITING_EMAIL("En attente de confirmation de votre adresse e-mail"),
    /** In the moderators' queue. */
    SUBMITTED("En attente de modération"),
    /** A moderator proposed a rewrite: published only once the author agrees. */
    REWRITE_PROPOSED("Réécriture proposée, en attente de votre accord"),
    PUBLISHED("Publiée"),
    REJECTED("Non publiée"),
    /** The author refused the rewrite or withdrew the story. */
    WITHDRAWN("Retirée par son auteur");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    /** The status as its author reads it. */
    public String label() {
        return label;
    }

    public boolean awaitsModeration() {
        return this == SUBMITTED;
    }
}
