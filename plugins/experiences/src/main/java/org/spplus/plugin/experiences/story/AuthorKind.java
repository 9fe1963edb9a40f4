package org.spplus.plugin.experiences.story;

import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.plugin.experiences.procedure.CodedValue;

/** Who tells the story ("Vous êtes"). */
public enum AuthorKind implements CodedValue {
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
    @Override
    public String code() {
        return code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The kind of author with this code, regardless of case and surrounding spaces. */
    public static Optional<AuthorKind> fromCode(String code) {
        return CodedValue.fromCode(AuthorKind.class, code);
    }
}
