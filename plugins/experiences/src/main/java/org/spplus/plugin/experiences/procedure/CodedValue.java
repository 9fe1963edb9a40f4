package org.spplus.plugin.experiences.procedure;

import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.api.plugin.LocalizedText;

/** A value of a fixed list with a stable code (stored, used in addresses) and a French and English label. */
public interface CodedValue {

    String code();

    LocalizedText label();

    /** The label in the locale's language: English for English, French otherwise. */
    default String label(Locale locale) {
        return label().in(locale);
    }

    /** The value of the enum with this code, regardless of case and surrounding spaces. */
    static <E extends Enum<E> & CodedValue> Optional<E> fromCode(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
