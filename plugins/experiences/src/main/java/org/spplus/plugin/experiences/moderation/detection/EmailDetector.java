package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part, an at sign, and a domain of dot-separated labels ending in a top-level domain
 * of letters. The at sign may also be written "(at)", "[at]" or "(arobase)", a common way to escape address
 * harvesters.
 */
final class EmailDetector implements ContentDetector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])"
                    + "[\\p{L}\\p{N}_%+-]+(?:\\.[\\p{L}\\p{N}_%+-]+)*"
                    + "(?:@| ?[(\\[](?:at|arobase)[)\\]] ?)"
                    + "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24}"
                    + "(?![\\p{L}\\p{N}-])(?!\\.[\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public void findIn(String text, List<Finding> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(Finding.of(FindingKind.EMAIL, text, m.start(), m.end()));
        }
    }
}
