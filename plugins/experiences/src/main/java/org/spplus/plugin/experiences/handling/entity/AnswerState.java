package org.spplus.plugin.experiences.handling.entity;

/** The life of an answer: drafted, submitted for validation, sent back or published. */
public enum AnswerState {
    DRAFT("Brouillon"),
    SUBMITTED("Soumise à validation"),
    RETURNED("Renvoyée pour modification"),
    PUBLISHED("Publiée");

    private final String label;

    AnswerState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an agent may still change the text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
