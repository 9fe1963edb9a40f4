package org.spplus.plugin.experiences.handling;

import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.plugin.experiences.procedure.CodedValue;

/** The five general tags an agent qualifies a story with, as on the real platform's back office. */
public enum GeneralTag implements CodedValue {
    ACCESSIBILITE("accessibilite", "Accessibilité", "Accessibility"),
    INFORMATION("information-explication", "Information / explication", "Information / explanation"),
    RELATION("relation", "Relation", "Relationship"),
    REACTIVITE("reactivite", "Réactivité", "Responsiveness"),
    SIMPLICITE("simplicite-complexite", "Simplicité / complexité", "Simplicity / complexity");

    private final String code;
    private final LocalizedText label;

    GeneralTag(String code, String french, String english) {
        this.code = code;
        this.label = new LocalizedText(french, english);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public static Optional<GeneralTag> fromCode(String code) {
        return CodedValue.fromCode(GeneralTag.class, code);
    }
}
