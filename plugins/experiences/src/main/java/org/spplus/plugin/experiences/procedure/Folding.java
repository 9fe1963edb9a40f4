package org.spplus.plugin.experiences.procedure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds French text for matching: lower case, no accents ({@code œ} as {@code oe}), and words made of letters and
 * digits only, so that "L'APL", "l’apl" and "l apl" give the same words.
 */
final class Folding {

    /** Elided articles and pronouns ("l'", "d'", "qu'"...), dropped from the words of a text. */
    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu");

    /** Words that say nothing of a procedure: they do not count in a keyword's specificity. */
    private static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "avec", "ce", "ces", "cet", "cette",
            "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "je", "la", "le", "les", "leur", "leurs",
            "ma", "mes", "mon", "ne", "nous", "on", "ou", "par", "pas", "plus", "pour", "que", "qui", "sa", "sans",
            "ses", "son", "suis", "sur", "ta", "tes", "ton", "un", "une", "vous", "y");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Folding() {
    }

    /** The text folded: lower case, without accents, its words separated by single spaces. */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(bare).replaceAll(" ").strip();
    }

    /** The folded words of the text, without elided articles and pronouns. */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (folded.isEmpty()) {
            return words;
        }
        for (String word : folded.split(" ")) {
            if (!ELISIONS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Whether a word of a text is the given word, tolerating the French plural in "s" or "x" either way ("impot"
     * and "impots", "journal" is not handled); words of fewer than three letters must be equal.
     */
    static boolean sameWord(String word, String expected) {
        if (word.equals(expected)) {
            return true;
        }
        return pluralOf(word, expected) || pluralOf(expected, word);
    }

    /**
     * Every word that {@link #sameWord} takes for one of the given words: each word, its singular if it looks
     * plural, its plurals. A word {@code w} is the same as one of the given words exactly when it is in the set.
     */
    static Set<String> formsOf(List<String> words) {
        Set<String> forms = new HashSet<>(words.size() * 4);
        for (String word : words) {
            forms.add(word);
            char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
            if ((last == 's' || last == 'x') && word.length() - 1 >= 3) {
                forms.add(word.substring(0, word.length() - 1));
            }
            if (word.length() >= 3) {
                forms.add(word + "s");
                forms.add(word + "x");
            }
        }
        return forms;
    }

    private static boolean pluralOf(String plural, String singular) {
        if (singular.length() < 3 || plural.length() != singular.length() + 1 || !plural.startsWith(singular)) {
            return false;
        }
        char last = plural.charAt(plural.length() - 1);
        return last == 's' || last == 'x';
    }
}
