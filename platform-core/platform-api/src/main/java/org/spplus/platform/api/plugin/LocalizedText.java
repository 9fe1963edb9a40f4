package org.spplus.platform.api.plugin;

import java.util.Locale;
import java.util.Objects;

/** A short text in French (the reference language) and English. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /** The text for the locale: English for any English locale, French otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }
}
