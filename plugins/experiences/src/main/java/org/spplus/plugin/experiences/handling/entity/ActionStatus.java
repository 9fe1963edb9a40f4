package org.spplus.plugin.experiences.handling.entity;

/** Whether an improvement action is done or still planned. */
public enum ActionStatus {
    PLANNED("Prévue"), DONE("Réalisée");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
