package org.spplus.plugin.experiences.story;

import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.plugin.experiences.procedure.CodedValue;

/** How the citizen felt about the experience they tell. */
public enum Feeling implements CodedValue {
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
    @Override
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The feeling with this code, regardless of case and surrounding spaces. */
    public static Optional<Feeling> fromCode(String code) {
        return CodedValue.fromCode(Feeling.class, code);
    }
}
