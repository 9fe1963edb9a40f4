package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French phone numbers as people write them. The rule:
 * <ul>
 * <li>national form: 0, a digit 1–9 (01–05 landlines, 06–07 mobiles, 08 special rates, 09 boxes), then four
 * pairs of digits, either all stuck together or all separated by the same separator (space, dot, hyphen):
 * 0612345678, 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78; also the service-number groupings 0800 12 34 56
 * and 0 800 123 456;</li>
 * <li>international form: +33 or 0033, optionally (0) or 0, then the nine digits without the leading 0 in the
 * same groupings: +33 6 12 34 56 78, +33 (0)6 12 34 56 78, +33612345678, 0033 6 12 34 56 78.</li>
 * </ul>
 * A number must stand alone: no letter or digit stuck to it, and no digit group continuing it after a separator,
 * so that longer numbers (a file reference, an IBAN, a social security number) are not cut into a phone number.
 * Numbers not shaped like this (1 200 000, 2023, 30000, a date 01.02.2023) are not phone numbers.
 */
final class PhoneDetector implements ContentDetector {

    private static final String SEP = "[ .\\-\\u00A0\\u202F]";

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(?<!\\d" + SEP + ")"
                    + "(?:"
                    // 06 12 34 56 78, 06.12.34.56.78, 0612345678: one separator, the same throughout
                    + "0[1-9](?<a>" + SEP + "?)\\d{2}(?:\\k<a>\\d{2}){3}"
                    // 0800 12 34 56
                    + "|08\\d{2}(?<b>" + SEP + ")\\d{2}\\k<b>\\d{2}\\k<b>\\d{2}"
                    // 0 800 123 456
                    + "|0(?<c>" + SEP + ")8\\d{2}\\k<c>\\d{3}\\k<c>\\d{3}"
                    // +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033 6 12 34 56 78, +33612345678
                    + "|(?:\\+|00)" + SEP + "?33" + SEP + "?(?:\\(0\\)" + SEP + "?|0)?"
                    + "[1-9](?<d>" + SEP + "?)\\d{2}(?:\\k<d>\\d{2}){3}"
                    + ")"
                    + "(?![\\p{L}\\p{N}])(?!" + SEP + "\\d)");

    @Override
    public void findIn(String text, List<Finding> out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            out.add(Finding.of(FindingKind.PHONE, text, m.start(), m.end()));
        }
    }
}
