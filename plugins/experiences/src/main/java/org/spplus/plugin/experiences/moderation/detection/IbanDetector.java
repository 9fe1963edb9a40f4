package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs, in one block or in groups separated by single spaces (FR76 3000 6000 0112 3456 7890 189): from a
 * country code and two check digits, exactly as many characters as the country's IBANs have, then the end of the
 * word; reported only when {@link IbanValidator} accepts the checksum.
 */
final class IbanDetector implements ContentDetector {

    private static final Pattern START = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z]{2}\\d{2}");

    @Override
    public void findIn(String text, List<Finding> out) {
        Matcher m = START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start() + 1;
            int length = IbanValidator.lengthFor(m.group().substring(0, 2).toUpperCase(Locale.ROOT));
            if (length == 0) {
                continue;
            }
            int end = endOfCharacters(text, m.start(), length);
            if (end > 0 && IbanValidator.isValid(text.substring(m.start(), end))) {
                out.add(Finding.of(FindingKind.IBAN, text, m.start(), end));
                from = end;
            }
        }
    }

    /**
     * The end of the {@code count} letters and digits from {@code start}, single spaces between them allowed,
     * if they are followed by the end of the word; -1 otherwise.
     */
    private static int endOfCharacters(String text, int start, int count) {
        int i = start;
        int seen = 0;
        while (seen < count) {
            if (i >= text.length()) {
                return -1;
            }
            char c = text.charAt(i);
            if (isAlphanumeric(c)) {
                seen++;
                i++;
            } else if (isSpace(c) && seen > 0 && i + 1 < text.length() && isAlphanumeric(text.charAt(i + 1))) {
                i++;
            } else {
                return -1;
            }
        }
        return i < text.length() && Character.isLetterOrDigit(text.charAt(i)) ? -1 : i;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }
}
