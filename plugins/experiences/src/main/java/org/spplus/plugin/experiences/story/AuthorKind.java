package org.spplus.plugin.experiences.story;

import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;

/** Who tells the story ("Vous êtes"). */
public enum AuthorKind {
    PARTICULIER("particulier", "Un particulier", "An individual"),
    PROFESSIONNEL("professionnel", "Un professionnel / une entreprise", "A professional / a business"),
    ASSOCIATION("association", "Une association", "An association"),
    ELU("elu", "Un élu", "An elected representative"),
    AGENT_PUBLIC("agent-public", "Un agent public", "A public servant"),
    AIDANT("aidant", "Un aidant / accompagnant d'un proche", "A carer / helper of a relative"),
    AUTRE("autre", "Autre", "Other");

    private final String code;
    private final LocalizedText label;

    AuthorKind(String code, String french, String english) {
        this.code = code;
        this.label = new LocalizedText(french, english);
    }

    /** The stable code, stored and used in addresses. */
    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    /** The label in the locale's language: English for English, French otherwise. */
    public String label(Locale locale) {
        return label.in(locale);
    }

    /** The kind of author with this code, regardless of case and surrounding spaces. */
    public static Optional<AuthorKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (AuthorKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
