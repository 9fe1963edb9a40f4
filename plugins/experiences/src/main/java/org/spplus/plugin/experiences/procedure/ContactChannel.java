package org.spplus.plugin.experiences.procedure;

import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;

/** How the citizen was in touch with the service in the experience they tell. */
public enum ContactChannel implements CodedValue {
    ACCUEIL_PHYSIQUE("accueil-physique", "Accueil physique", "In person"),
    TELEPHONE("telephone", "Téléphone", "Telephone"),
    SITE_INTERNET("site-internet", "Site internet", "Website"),
    APPLICATION_MOBILE("application-mobile", "Application mobile", "Mobile app"),
    COURRIER("courrier", "Courrier postal", "Post"),
    EMAIL("email", "Courriel / messagerie", "E-mail / messaging"),
    VISIO("visio", "Rendez-vous en visio", "Video appointment"),
    AUTRE("autre", "Autre", "Other");

    private final String code;
    private final LocalizedText label;

    ContactChannel(String code, String french, String english) {
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

    /** The channel with this code, regardless of case and surrounding spaces. */
    public static Optional<ContactChannel> fromCode(String code) {
        return CodedValue.fromCode(ContactChannel.class, code);
    }
}
