package org.spplus.plugin.experiences.procedure;

import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;

/** How the citizen was in touch with the service in the experience they tell. */
public enum ContactChannel {
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

    /** The channel with this code, regardless of case and surrounding spaces. */
    public static Optional<ContactChannel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (ContactChannel channel : values()) {
            if (channel.code.equals(wanted)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
