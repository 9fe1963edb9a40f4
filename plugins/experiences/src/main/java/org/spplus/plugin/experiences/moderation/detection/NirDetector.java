package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social security numbers ({@link NirValidator}): 15 characters with a valid key, grouped or not
 * ("1 85 05 78 006 084 36", "185057800608436"); a number whose key is wrong is not reported, as it is more often
 * another number than a mistyped NIR. The 13 characters without the key are reported only when the words
 * "sécu", "sécurité (sociale)", "NIR", "SS", "carte Vitale" or "INSEE" come at most 30 characters before them.
 */
final class NirDetector implements ContentDetector {

    private static final String SEP = "[ .\\-\\u00A0\\u202F]";

    /** A run of 13 to 15 digits (or the A/B of Corsica) with single separators; the validator decides. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!\\d" + SEP + ")"
                    + "[12378](?:" + SEP + "?[0-9ABab]){12,14}"
                    + "(?![\\p{L}\\p{N}])(?!" + SEP + "\\d)");

    private static final int CONTEXT_CHARS = 30;

    private static final Pattern CONTEXT = Pattern.compile(
            "(?<!\\p{L})(?:secu|securite|nir|ss|vitale|insee)(?!\\p{L})");

    @Override
    public void findIn(String text, List<Finding> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String compact = NirValidator.compact(m.group());
            boolean found = compact.length() == 15
                    ? NirValidator.isValid(compact)
                    : compact.length() == 13 && NirValidator.isWellFormedBody(compact) && announced(text, m.start());
            if (found) {
                out.add(Finding.of(FindingKind.NIR, text, m.start(), m.end()));
            }
        }
    }

    private static boolean announced(String text, int start) {
        String before = TextFolding.fold(text.substring(Math.max(0, start - CONTEXT_CHARS), start));
        return CONTEXT.matcher(before).find();
    }
}
