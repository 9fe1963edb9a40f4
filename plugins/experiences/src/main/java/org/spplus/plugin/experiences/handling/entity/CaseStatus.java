package org.spplus.plugin.experiences.handling.entity;

/** Where a network's handling of a story stands, as its inbox shows it. */
public enum CaseStatus {
    NEW("Nouvelle"),
    IN_PROGRESS("En cours"),
    AWAITING_VALIDATION("En attente de validation"),
    ANSWERED("Répondue"),
    /** Sent to another network: kept here for the record, handled there. */
    TRANSFERRED("Transférée");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the story still waits for this network's answer. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == AWAITING_VALIDATION;
    }
}
