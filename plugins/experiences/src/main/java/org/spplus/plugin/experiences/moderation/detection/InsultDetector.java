package org.spplus.plugin.experiences.moderation.detection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Insults and offensive words of the list {@code injures.txt}: single words and expressions of several words
 * ("fils de pute", "ta gueule"). Matching is on whole words (an insult inside a longer word, as "con" in
 * "concombre", is not one), without case or accents ("ENCULÉ", "encule"), and tolerant of emphasis by repeated
 * letters: a word with a letter three times in a row ("connnnard", "cooonne") matches an entry when both are
 * equal once each run of a repeated letter is reduced to one letter. Words of an expression may be separated by
 * spaces, hyphens or an apostrophe ("fils-de-pute", "ta gueule"); a match that is only part of a hyphenated
 * compound ("conne-xion") does not count. Other obfuscations (c.o.n, c0nnard, c*nnard) are not recognised.
 */
final class InsultDetector implements ContentDetector {

    /** Words are runs of letters; hyphens and apostrophes separate them, as spaces do. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** What may stand between two words of an expression. */
    private static final Pattern JOINER = Pattern.compile("[ \\u00A0\\-'’]{1,3}");

    private record Entry(String[] words, String[] squeezedWords) {
    }

    private record Word(int start, int end, String folded) {
    }

    /** Entries by their first word, folded; longest expressions first. */
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** Entries by their first word, folded and squeezed; longest expressions first. */
    private final Map<String, List<Entry>> bySqueezedFirstWord = new HashMap<>();

    InsultDetector(Collection<String> entries) {
        for (String entry : entries) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(TextFolding.fold(entry));
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            String[] folded = words.toArray(String[]::new);
            String[] squeezed = words.stream().map(TextFolding::squeeze).toArray(String[]::new);
            Entry e = new Entry(folded, squeezed);
            byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(e);
            bySqueezedFirstWord.computeIfAbsent(squeezed[0], k -> new ArrayList<>()).add(e);
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> e.words().length).reversed();
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
        bySqueezedFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    /** The detector with the list shipped in this package. */
    static InsultDetector standard() {
        return new InsultDetector(WordList.load("injures.txt"));
    }

    @Override
    public void findIn(String text, List<Finding> out) {
        String folded = TextFolding.fold(text);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        int i = 0;
        while (i < words.size()) {
            int matched = longestMatch(text, words, i);
            if (matched > 0 && !insideCompound(text, words.get(i).start(), words.get(i + matched - 1).end())) {
                out.add(Finding.of(FindingKind.INSULT, text, words.get(i).start(), words.get(i + matched - 1).end()));
                i += matched;
            } else {
                i++;
            }
        }
    }

    /**
     * Whether {@code [start, end)} is only part of a hyphenated compound ("conne" in "conne-xion"), which is then
     * not the insult: hyphenated insults are in the list as they are ("lèche-cul", "sous-merde").
     */
    private static boolean insideCompound(String text, int start, int end) {
        boolean joinedBefore = start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
        boolean joinedAfter = end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
        return joinedBefore || joinedAfter;
    }

    /** The number of words of the longest entry matching the words from {@code i}, or 0. */
    private int longestMatch(String text, List<Word> words, int i) {
        Word first = words.get(i);
        List<Entry> candidates = new ArrayList<>(byFirstWord.getOrDefault(first.folded(), List.of()));
        if (TextFolding.hasTripledLetter(first.folded())) {
            candidates.addAll(bySqueezedFirstWord.getOrDefault(TextFolding.squeeze(first.folded()), List.of()));
            candidates.sort(Comparator.comparingInt((Entry e) -> e.words().length).reversed());
        }
        for (Entry entry : candidates) {
            if (matches(text, words, i, entry)) {
                return entry.words().length;
            }
        }
        return 0;
    }

    private static boolean matches(String text, List<Word> words, int i, Entry entry) {
        int n = entry.words().length;
        if (i + n > words.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            Word word = words.get(i + k);
            if (k > 0 && !JOINER.matcher(text).region(words.get(i + k - 1).end(), word.start()).matches()) {
                return false;
            }
            boolean same = word.folded().equals(entry.words()[k])
                    || TextFolding.hasTripledLetter(word.folded())
                    && TextFolding.squeeze(word.folded()).equals(entry.squeezedWords()[k]);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
