package org.spplus.plugin.experiences.moderation.detection;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The French social security number (NIR, "numéro de sécurité sociale"): 13 characters and a 2-digit key.
 *
 * <pre>
 *   1 85 05 78 006 084 | 36
 *   │ │  │  │  │   │     └ key = 97 − (the 13-digit number mod 97)
 *   │ │  │  │  │   └ order number of the birth in the commune's register (3 digits)
 *   │ │  │  │  └ commune of birth (3 digits; for overseas départements 97x/98x the département takes 3 digits
 *   │ │  │  │    and the commune 2: the total is the same)
 *   │ │  │  └ département of birth: 2 digits, or 2A / 2B for Corsica, 99 for abroad
 *   │ │  └ month of birth: 01–12, or 20–99 when unknown or for numbers given on declaration (INSEE rules);
 *   │ │    we accept 01–12 and 20–99, and reject 00 and 13–19
 *   │ └ last two digits of the year of birth
 *   └ sex: 1 man, 2 woman; 3, 7, 8 are accepted too (provisional numbers given to people born abroad)
 * </pre>
 *
 * For Corsica the key is computed with "2A" replaced by 19 and "2B" by 18.
 */
public final class NirValidator {

    /** The 13 characters before the key, compact and upper-case. */
    private static final Pattern BODY = Pattern.compile(
            "[12378]\\d{2}(?:0[1-9]|1[0-2]|[2-9]\\d)(?:\\d{2}|2[AB])\\d{6}");

    private NirValidator() {
    }

    /**
     * Whether {@code nir} is a well-formed 15-character NIR whose key matches. Spaces, dots and hyphens between
     * groups are ignored; "2a"/"2b" may be in lower case.
     */
    public static boolean isValid(String nir) {
        if (nir == null) {
            return false;
        }
        String compact = compact(nir);
        if (compact.length() != 15 || !isWellFormedBody(compact.substring(0, 13))) {
            return false;
        }
        String key = compact.substring(13);
        if (!Character.isDigit(key.charAt(0)) || !Character.isDigit(key.charAt(1))) {
            return false;
        }
        return Integer.parseInt(key) == key(compact.substring(0, 13));
    }

    /** Whether {@code body} (separators ignored) is shaped like the 13 characters of a NIR before its key. */
    public static boolean isWellFormedBody(String body) {
        return body != null && BODY.matcher(compact(body)).matches();
    }

    /**
     * The key of a well-formed 13-character body: 97 − (body mod 97), with 2A read as 19 and 2B as 18.
     *
     * @throws IllegalArgumentException if the body is not well formed
     */
    public static int key(String body) {
        String compact = compact(body);
        if (!BODY.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not the 13 characters of a NIR: " + body);
        }
        String department = compact.substring(5, 7);
        String digits = switch (department) {
            case "2A" -> compact.substring(0, 5) + "19" + compact.substring(7);
            case "2B" -> compact.substring(0, 5) + "18" + compact.substring(7);
            default -> compact;
        };
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    static String compact(String nir) {
        return nir.replaceAll("[\\s.\\-\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
    }
}
