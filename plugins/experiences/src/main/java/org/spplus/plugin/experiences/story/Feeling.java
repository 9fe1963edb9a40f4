package org.spplus.plugin.experiences.story;

import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;

/** How the citizen felt about the experience they tell. */
public enum Feeling {
    POSITIF("positif", "Positif", "Positive"),
    NEUTRE("neutre", "Neutre", "Neutral"),
    NEGATIF("negatif", "Négatif", "Negative");

    private final String code;
    private final LocalizedText label;

    Feeling(String code, String french, String english) {
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

    /** The feeling with this code, regardless of case and surrounding spaces. */
    public static Optional<Feeling> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Feeling feeling : values()) {
            if (feeling.code.equals(wanted)) {
                return Optional.of(feeling);
            }
        }
        return Optional.empty();
    }
}
