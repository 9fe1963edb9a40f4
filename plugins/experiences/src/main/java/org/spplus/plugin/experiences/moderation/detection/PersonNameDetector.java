package org.spplus.plugin.experiences.moderation.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names. A word is "capitalised" when it starts with an upper-case letter; a first name is a word of the
 * first-name list ({@code prenoms.txt}, compared without case or accents) written with an initial capital and
 * the rest not all in capitals (Sophie, Jean-Pierre; a hyphenated word whose parts are all first names counts
 * too). The rules, in this order:
 * <ol>
 * <li>a civility (Monsieur, M., Mr, Madame, Mme, Mademoiselle, Mlle, Docteur, Dr, Maître, Me, Professeur, Pr)
 * followed by one to four capitalised words, possibly with surname particles (de, du, d', Le, La, Van, Ben…):
 * "Madame Durand", "M. Martin", "le docteur Jean-Luc Le Gall"; the civility is part of the finding;</li>
 * <li>a first name followed by a capitalised word (a likely surname, "Monique Durand", "Monique DURAND"), or by
 * an initial ("Monique D."), or preceded by a surname in capitals ("DURAND Monique");</li>
 * <li>a first name alone ("l'agent, Sophie, m'a aidée"), unless it is also a common word or a place
 * ({@code prenoms-mots-courants.txt}: Pierre, Rose, Claire, France, Florence…) or follows Saint/Sainte.</li>
 * </ol>
 * A word of {@code mots-exclus-noms.txt} (function words, days and months, institutions such as Caf, Travail,
 * Services, titles such as Maire) is never taken as a surname, so "France Travail" or "Madame la Directrice" are
 * not names. Nothing else capitalised is a name: "la Caf de Nîmes" yields nothing.
 */
final class PersonNameDetector implements ContentDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*");

    /** Civilities written in full, in any case. */
    private static final Set<String> CIVILITY_WORDS = Set.of(
            "monsieur", "madame", "mademoiselle", "docteur", "maitre", "professeur");

    /** Abbreviated civilities that are civilities only with their dot (M. Martin), case-sensitive. */
    private static final Set<String> CIVILITY_ABBREVIATIONS_DOTTED = Set.of("M", "MM");
    /** Abbreviated civilities with or without a dot (Mme Durand, Dr. Lefèvre), case-sensitive. */
    private static final Set<String> CIVILITY_ABBREVIATIONS = Set.of(
            "Mr", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Me", "Pr");

    /** Particles of surnames (de Gaulle, Le Gall, Van Damme), taken only before a capitalised word. */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "de", "du", "des", "d", "le", "la", "van", "von", "der", "den", "ben", "el", "da", "di", "dos", "del");

    /** Words after which a first name is a saint or a place: Saint Michel, Ste Anne. */
    private static final Set<String> SAINT = Set.of("saint", "sainte", "st", "ste");

    private static final int MAX_NAME_WORDS = 4;

    private final Set<String> firstNames;
    private final Set<String> commonWordFirstNames;
    private final Set<String> notSurnames;

    /**
     * @param firstNames           folded first names
     * @param commonWordFirstNames folded first names that are also common words or places
     * @param notSurnames          folded words never taken as a surname
     */
    PersonNameDetector(Set<String> firstNames, Set<String> commonWordFirstNames, Set<String> notSurnames) {
        this.firstNames = Set.copyOf(firstNames);
        this.commonWordFirstNames = Set.copyOf(commonWordFirstNames);
        this.notSurnames = Set.copyOf(notSurnames);
    }

    /** The detector with the lists shipped in this package. */
    static PersonNameDetector standard() {
        return new PersonNameDetector(WordList.loadFolded("prenoms.txt"),
                WordList.loadFolded("prenoms-mots-courants.txt"), WordList.loadFolded("mots-exclus-noms.txt"));
    }

    private record Word(int start, int end, String text, String folded) {
    }

    @Override
    public void findIn(String text, List<Finding> out) {
        List<Word> words = words(text);
        int lastEnd = 0;
        int i = 0;
        while (i < words.size()) {
            Word word = words.get(i);
            int civilityEnd = civilityEnd(text, word);
            if (civilityEnd > 0) {
                int last = lastNameWord(text, words, i + 1, civilityEnd, MAX_NAME_WORDS);
                if (last > i) {
                    lastEnd = endWithInitialDot(text, words.get(last));
                    out.add(Finding.of(FindingKind.PERSON_NAME, text, word.start(), lastEnd));
                    i = last + 1;
                    continue;
                }
            } else if (isFirstName(word)) {
                int first = i;
                if (i > 0 && isSurnameInCapitals(words.get(i - 1))
                        && separatedBySpaces(text, words.get(i - 1).end(), word.start())
                        && lastEnd <= words.get(i - 1).start()) {
                    first = i - 1;
                }
                int last = lastNameWord(text, words, i + 1, word.end(), MAX_NAME_WORDS - 1);
                if (last > i || first < i) {
                    lastEnd = endWithInitialDot(text, words.get(Math.max(last, i)));
                    out.add(Finding.of(FindingKind.PERSON_NAME, text, words.get(first).start(), lastEnd));
                    i = Math.max(last, i) + 1;
                    continue;
                }
                if (!commonWordFirstNames.contains(word.folded()) && !afterSaint(text, words, i)) {
                    lastEnd = word.end();
                    out.add(Finding.of(FindingKind.PERSON_NAME, text, word.start(), word.end()));
                }
            }
            i++;
        }
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group(), TextFolding.fold(m.group())));
        }
        return words;
    }

    /** If {@code word} is a civility, the end of it (its dot included), else -1. */
    private static int civilityEnd(String text, Word word) {
        boolean dotted = word.end() < text.length() && text.charAt(word.end()) == '.';
        if (CIVILITY_WORDS.contains(word.folded()) || CIVILITY_ABBREVIATIONS.contains(word.text())) {
            return dotted ? word.end() + 1 : word.end();
        }
        if (CIVILITY_ABBREVIATIONS_DOTTED.contains(word.text()) && dotted) {
            return word.end() + 1;
        }
        return -1;
    }

    /**
     * The index of the last word of a name made of up to {@code max} capitalised words from {@code from}, the
     * first one starting right after {@code previousEnd} (spaces between); -1 if there is none.
     */
    private int lastNameWord(String text, List<Word> words, int from, int previousEnd, int max) {
        int last = -1;
        int end = previousEnd;
        int taken = 0;
        for (int j = from; j < words.size() && taken < max; j++) {
            Word word = words.get(j);
            boolean elided = j > from && "d".equals(words.get(j - 1).folded())
                    && isApostrophe(text, words.get(j - 1).end(), word.start());
            if (!elided && !separatedBySpaces(text, end, word.start())) {
                break;
            }
            if (isCapitalised(word) && isInitial(text, word)) {
                last = j;
                break;
            }
            if (SURNAME_PARTICLES.contains(word.folded())) {
                end = word.end();
                continue;
            }
            if (!isCapitalised(word) || notSurnames.contains(word.folded()) || civilityEnd(text, word) > 0) {
                break;
            }
            last = j;
            taken++;
            end = word.end();
        }
        return last;
    }

    private boolean isFirstName(Word word) {
        if (!isTitleCase(word.text())) {
            return false;
        }
        if (firstNames.contains(word.folded())) {
            return true;
        }
        String[] parts = word.folded().split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!firstNames.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** A surname written in capitals before a first name, as in forms: "DURAND Monique". */
    private boolean isSurnameInCapitals(Word word) {
        return word.text().length() > 1 && word.text().equals(word.text().toUpperCase(Locale.ROOT))
                && !notSurnames.contains(word.folded()) && !firstNames.contains(word.folded());
    }

    /** Initial capital, and each hyphenated part too, the rest not all in capitals: Sophie, Jean-Pierre. */
    private static boolean isTitleCase(String text) {
        for (String part : text.split("-")) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))) {
                return false;
            }
            if (part.substring(1).chars().noneMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCapitalised(Word word) {
        return Character.isUpperCase(word.text().charAt(0));
    }

    /** A single capital letter followed by a dot: "D." in "Monique D.". */
    private static boolean isInitial(String text, Word word) {
        return word.text().length() == 1 && word.end() < text.length() && text.charAt(word.end()) == '.';
    }

    private static int endWithInitialDot(String text, Word word) {
        return isInitial(text, word) ? word.end() + 1 : word.end();
    }

    private static boolean afterSaint(String text, List<Word> words, int i) {
        if (i == 0) {
            return false;
        }
        Word previous = words.get(i - 1);
        return SAINT.contains(previous.folded())
                && (separatedBySpaces(text, previous.end(), words.get(i).start())
                || text.startsWith(". ", previous.end()) && previous.end() + 2 == words.get(i).start());
    }

    private static boolean separatedBySpaces(String text, int end, int start) {
        if (start <= end) {
            return false;
        }
        for (int k = end; k < start; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(String text, int end, int start) {
        return start == end + 1 && (text.charAt(end) == '\'' || text.charAt(end) == '’');
    }
}
