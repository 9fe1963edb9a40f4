package org.spplus.plugin.experiences.moderation.detection;

/** What a finding is: a kind of personal data, or offensive language. */
public enum FindingKind {
    EMAIL("Adresse e-mail"),
    PHONE("Numéro de téléphone"),
    NIR("Numéro de sécurité sociale"),
    IBAN("IBAN"),
    POSTAL_ADDRESS("Adresse postale"),
    PERSON_NAME("Nom de personne"),
    INSULT("Propos injurieux");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    /** The French label shown to moderators. */
    public String label() {
        return label;
    }

    /** Whether the finding is personal data (everything but insults). */
    public boolean isPersonalData() {
        return this != INSULT;
    }
}
