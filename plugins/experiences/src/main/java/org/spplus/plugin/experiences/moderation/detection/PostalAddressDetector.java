package org.spplus.plugin.experiences.moderation.detection;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French postal addresses. The rule:
 * <ul>
 * <li>a street number (optionally "bis", "ter", "quater" or a letter: 12 bis, 12b), an optional comma, a street
 * type (rue, avenue, av., boulevard, bd, chemin, impasse, allée, place, route, quai, cours, square, résidence,
 * lotissement, lieu-dit, chaussée, faubourg, passage, voie, sentier, hameau…) and the street's name;</li>
 * <li>the name is made of capitalised words, possibly linked by particles and numbers (de la, du, des, l', d', 8
 * Mai…): "rue des Lilas", "avenue du 8 Mai 1945", "place de l'Église". For the types that are hardly anything but
 * a street (rue, avenue, boulevard, impasse, allée, quai…) a name in lower case is accepted too, its first word
 * only ("12 rue des lilas"); types that are also common words (place, cours, route, voie, passage…) need a
 * capitalised name, so that "j'ai suivi 1 cours de français" is not an address;</li>
 * <li>optionally followed by a postal code and the town ("30000 Nîmes", "30220 Aigues-Mortes Cedex");</li>
 * <li>postal boxes: "BP 123", "CS 12345", "TSA 12345", with the same optional postal code and town.</li>
 * </ul>
 * A street type alone ("3 rue") is not an address: at least one word of the name must follow.
 */
final class PostalAddressDetector implements ContentDetector {

    private static final String SPACE = "[ \\u00A0]";

    /** Street types that need a capitalised name (they are also common words). */
    private static final String STRICT_TYPES = "place|pl\\.|cours|route|voie|passage|square|sentier|chemin|"
            + "r[ée]sidence|cit[ée]|hameau|parvis|promenade|esplanade|mont[ée]e|traverse|villa|domaine|mail|"
            + "rond-point|port";

    /** Street types that are street types only: a lower-case name is accepted. */
    private static final String LENIENT_TYPES = "rue|ruelle|avenue|av\\.?|boulevard|bd|bld|bvd|boul\\.?|"
            + "impasse|imp\\.|all[ée]e|quai|lotissement|lieu[- ]dit|chauss[ée]e|faubourg|fbg|rte";

    private static final Pattern HEAD = Pattern.compile(
            "(?<![\\p{L}\\p{N},.])\\d{1,4}(?:" + SPACE + "?(?:bis|ter|quater)|[a-dA-D])?(?![\\p{L}\\p{N}])"
                    + ",?" + SPACE + "+"
                    + "(?iu:(?<lenient>" + LENIENT_TYPES + ")|(?<strict>" + STRICT_TYPES + "))"
                    + "(?![\\p{L}\\p{N}-])" + SPACE + "+");

    private static final Pattern BOX = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:BP|B\\.P\\.|CS|TSA)" + SPACE + "?\\d{2,5}(?![\\p{L}\\p{N}])");

    /** Linking words of street names, whole words only; the elided ones are followed by their word directly. */
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:(?:de|du|des|la|le|les|à|au|aux|sur|sous|en|et)(?![\\p{L}\\p{N}'’])" + SPACE + "+"
                    + "|(?:l|d)['’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CAPITALISED_WORD = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*\\.?");

    private static final Pattern LOWER_CASE_WORD = Pattern.compile(
            "\\p{Ll}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*");

    /** A number inside a name ("8 Mai 1945", "4 Septembre"), taken only when a word follows. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:er|e|ème)?" + SPACE + "+");

    /** A year ending a name ("8 Mai 1945", "19 Mars 1962"), taken only after a word of the name. */
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d{2}(?![\\p{L}\\p{N}])");

    /** A word of a town's name: Nîmes, Aigues-Mortes, Grau-du-Roi (not Cedex, taken apart). */
    private static final String TOWN_WORD =
            "(?!(?i:cedex)(?!\\p{L}))\\p{Lu}[\\p{L}\\p{M}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}]*)*";

    private static final Pattern TOWN = Pattern.compile(
            ",?" + SPACE + "*(?<![\\p{N}])\\d{2}" + SPACE + "?\\d{3}(?![\\p{L}\\p{N}])"
                    + "(?:" + SPACE + "+" + TOWN_WORD + "(?:" + SPACE + TOWN_WORD + "){0,2}"
                    + "(?:" + SPACE + "(?i:cedex)(?:" + SPACE + "\\d{1,2})?(?![\\p{L}\\p{N}]))?)?");

    private static final int MAX_NAME_TOKENS = 8;

    @Override
    public void findIn(String text, List<Finding> out) {
        Matcher head = HEAD.matcher(text);
        while (head.find()) {
            int end = endOfName(text, head.end(), head.group("lenient") != null);
            if (end > 0) {
                end = endOfTown(text, end);
                out.add(Finding.of(FindingKind.POSTAL_ADDRESS, text, head.start(), end));
            }
        }
        Matcher box = BOX.matcher(text);
        while (box.find()) {
            out.add(Finding.of(FindingKind.POSTAL_ADDRESS, text, box.start(), endOfTown(text, box.end())));
        }
    }

    /** The end of the street name starting at {@code from}, or -1 if there is none. */
    private static int endOfName(String text, int from, boolean lowerCaseAccepted) {
        int pos = from;
        int end = -1;
        for (int tokens = 0; tokens < MAX_NAME_TOKENS && pos < text.length(); tokens++) {
            Matcher particle = PARTICLE.matcher(text).region(pos, text.length());
            Matcher number = NUMBER.matcher(text).region(pos, text.length());
            Matcher capitalised = CAPITALISED_WORD.matcher(text).region(pos, text.length());
            Matcher year = YEAR.matcher(text).region(pos, text.length()).useTransparentBounds(true);
            boolean word = capitalised.lookingAt();
            if (word || end >= 0 && year.lookingAt()) {
                end = word ? trimDot(text, pos, capitalised.end()) : year.end();
                pos = spaceAfter(text, end);
                if (pos < 0) {
                    break;
                }
            } else if (particle.lookingAt()) {
                pos = particle.end();
            } else if (tokens > 0 && number.lookingAt()) {
                pos = number.end();
            } else {
                if (end < 0 && lowerCaseAccepted) {
                    Matcher lower = LOWER_CASE_WORD.matcher(text).region(pos, text.length());
                    if (lower.lookingAt()) {
                        end = lower.end();
                    }
                }
                break;
            }
        }
        return end;
    }

    /** Abbreviations of street names that keep their dot: rue St. Jean, avenue du Gal. Leclerc. */
    private static final Set<String> ABBREVIATIONS = Set.of("St", "Ste", "Gal", "Mal", "Pdt", "Cdt", "Dr", "Pr");

    /** A capitalised word keeps its final dot only when it is an initial or an abbreviation (J., St.). */
    private static int trimDot(String text, int start, int end) {
        if (text.charAt(end - 1) != '.') {
            return end;
        }
        String word = text.substring(start, end - 1);
        return word.length() == 1 || ABBREVIATIONS.contains(word) ? end : end - 1;
    }

    /** The position of the next word after {@code end} if only spaces separate them, else -1. */
    private static int spaceAfter(String text, int end) {
        int pos = end;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\u00A0')) {
            pos++;
        }
        return pos > end && pos < text.length() ? pos : -1;
    }

    /** The end of an optional postal code and town after an address ending at {@code end}. */
    private static int endOfTown(String text, int end) {
        Matcher town = TOWN.matcher(text).region(end, text.length());
        town.useTransparentBounds(true);
        return town.lookingAt() ? town.end() : end;
    }
}
