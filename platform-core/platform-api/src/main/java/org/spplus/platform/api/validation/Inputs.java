package org.spplus.platform.api.validation;

import java.util.regex.Pattern;

/** Checks shared by every form. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}");

    private Inputs() {
    }

    public static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
    }

    /** Checks a required text of at most {@code max} characters; returns it trimmed. */
    public static String requiredText(InvalidInput.Collector problems, String field, String value, int max, String label) {
        String text = trimmed(value);
        if (text.isEmpty()) {
            problems.add(field, "Indiquez " + label + ".");
        } else if (text.length() > max) {
            problems.add(field, "Ce champ ne peut pas dépasser " + max + " caractères (" + text.length() + " actuellement).");
        }
        return text;
    }
}
