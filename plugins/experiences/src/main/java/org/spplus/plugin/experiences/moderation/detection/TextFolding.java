package org.spplus.plugin.experiences.moderation.detection;

import java.text.Normalizer;

/**
 * Case- and accent-insensitive forms of text that keep every character at its offset, so that what is found
 * in the folded text is found at the same place in the original.
 */
final class TextFolding {

    private TextFolding() {
    }

    /**
     * The text in lower case without diacritics, one character for one: "Élève" → "eleve", "Ç" → "c",
     * the typographic apostrophe ’ → '. Characters without a one-letter base form (œ, æ, ß) stay as they are.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == '’' || c == 'ʼ') {
            return '\'';
        }
        char lower = Character.toLowerCase(c);
        if (!Character.isLetter(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return decomposed.length() > 1 && Character.isLetter(base) ? base : lower;
    }

    /** The text with every run of one repeated letter reduced to that letter: "connnard" → "conard". */
    static String squeeze(String text) {
        StringBuilder squeezed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 0 || c != text.charAt(i - 1) || !Character.isLetter(c)) {
                squeezed.append(c);
            }
        }
        return squeezed.toString();
    }

    /** Whether the text has one letter three times in a row, which no French word has: a sign of emphasis. */
    static boolean hasTripledLetter(String text) {
        for (int i = 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && c == text.charAt(i - 1) && c == text.charAt(i - 2)) {
                return true;
            }
        }
        return false;
    }
}
