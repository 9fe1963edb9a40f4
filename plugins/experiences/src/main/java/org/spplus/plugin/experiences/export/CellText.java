package org.spplus.plugin.experiences.export;

/**
 * Makes text safe to put in a cell, the same way in both formats.
 *
 * <ul>
 * <li>Control characters are removed, except tab, line feed and carriage return: C0 controls, DEL, C1 controls,
 * the non-characters U+FFFE and U+FFFF and unpaired surrogates (XML 1.0, hence XLSX, forbids most of them; they
 * are never meaningful in an export).</li>
 * <li>Formula injection (OWASP "CSV injection"): text starting with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return is prefixed with a single quote, so that a spreadsheet shows it as text instead of
 * evaluating it (e.g. {@code =HYPERLINK(...)} sending data away). This is applied to text only: numbers are
 * written as numbers, so a negative number stays a number.</li>
 * </ul>
 * HTML or script in text is left as it is: it is data, written as plain text and never interpreted.
 */
final class CellText {

    /** The longest text an XLSX cell holds. */
    static final int XLSX_MAX_CELL_LENGTH = 32_767;

    private CellText() {
    }

    /** The text cleaned of control characters and neutralised against formula injection. */
    static String safe(String text) {
        return neutralise(clean(text));
    }

    /** The text without control characters (tab, LF and CR kept); the same instance when nothing is removed. */
    static String clean(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && keep(text, i)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(length - 1);
        cleaned.append(text, 0, i);
        for (; i < length; i++) {
            if (keep(text, i)) {
                cleaned.append(text.charAt(i));
            }
        }
        return cleaned.toString();
    }

    private static boolean keep(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c < 0x7F) {
            return true;
        }
        if (c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }

    /** The text with a leading single quote when a spreadsheet could take it for a formula. */
    static String neutralise(String text) {
        return !text.isEmpty() && startsFormula(text.charAt(0)) ? "'" + text : text;
    }

    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text cut to {@code max} characters, never between the two halves of a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
