package org.spplus.plugin.experiences.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalogue of procedures (démarches) of every network, read once from {@code demarches.csv} (UTF-8, one
 * procedure a line: {@code reseau;code;libelle;mots_cles}, the keywords separated by {@code |}). Immutable, so
 * safe to share between threads.
 *
 * <p>It suggests the procedures a story is about ({@link #suggest}). The terms looked for in the story are the
 * procedure's keywords and its label: the label itself and each part of it between parentheses or around a slash
 * ("Aide personnalisée au logement (APL)" gives "Aide personnalisée au logement" and "APL"). A term matches whole
 * words of the story, in sequence for a term of several words, regardless of case, accents, punctuation and elided
 * articles ("l'APL", "taxe d'habitation" as "taxe habitation"), a word in "s" or "x" also matching its singular
 * and the other way round; a keyword ending with {@code *} matches any word beginning with it ("déménag*":
 * "déménagé", "déménagement"). A term weighs
 * <ul>
 * <li>10 a significant word (articles, prepositions, pronouns and "pas" do not count) plus half its letters up to
 * 6 in all, so that a phrase weighs more than a word and a long word more than a short one;</li>
 * <li>plus 10 when it is the label or a part of it, plus 5 for a keyword that is one of the label's words;</li>
 * <li>times 2 / (1 + the number of procedures of the whole catalogue that have it), so that a term shared by
 * several procedures ("pôle emploi", "trop-perçu") says less about each.</li>
 * </ul>
 * A procedure's score is the sum of the weights of its terms found in the story, each counted once however often
 * it occurs, a term found only inside a longer one of the same procedure not counting ("logement" within "aide au
 * logement"); it is taken at two thirds for a procedure common to all networks, less telling than a network's own.
 * Procedures scoring under {@link #MIN_SCORE} are not suggested.
 */
@ApplicationScoped
public class ProcedureCatalogue {

    /** The resource, next to this class, of the catalogue. */
    public static final String RESOURCE = "demarches.csv";

    /** The lowest score of a suggestion: under it, a match is too weak to suggest anything. */
    public static final int MIN_SCORE = 8;

    static final List<String> HEADER = List.of("reseau", "code", "libelle", "mots_cles");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final double PER_WORD = 10;
    private static final int MAX_LETTER_BONUS = 6;
    private static final double LABEL_PART_BONUS = 10;
    private static final double LABEL_WORD_BONUS = 5;
    private static final double COMMON_FACTOR = 2.0 / 3.0;
    private static final Comparator<Entry> BY_LABEL = Comparator.comparing(Entry::foldedLabel)
            .thenComparing(entry -> entry.procedure().label()).thenComparing(entry -> entry.procedure().code());

    private static volatile ProcedureCatalogue shipped;

    private final List<Entry> entries;
    private final List<Procedure> procedures;
    private final Map<String, Entry> byCode;
    private final Set<String> networks;

    /** The catalogue shipped with the plugin ({@value #RESOURCE}), read once for all instances. */
    public ProcedureCatalogue() {
        this(shipped());
    }

    private ProcedureCatalogue(ProcedureCatalogue other) {
        this.entries = other.entries;
        this.procedures = other.procedures;
        this.byCode = other.byCode;
        this.networks = other.networks;
    }

    private ProcedureCatalogue(List<Procedure> procedures) {
        Map<String, Integer> frequencies = new HashMap<>();
        List<Map<String, RawTerm>> rawTerms = new ArrayList<>();
        for (Procedure procedure : procedures) {
            Map<String, RawTerm> terms = rawTermsOf(procedure);
            rawTerms.add(terms);
            terms.keySet().forEach(key -> frequencies.merge(key, 1, Integer::sum));
        }
        List<Entry> built = new ArrayList<>();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure procedure = procedures.get(i);
            List<Term> terms = rawTerms.get(i).entrySet().stream()
                    .map(term -> term.getValue().weighed(frequencies.get(term.getKey())))
                    .toList();
            List<List<String>> keywordWords = procedure.keywords().stream()
                    .map(keyword -> Folding.words(stripStar(keyword))).toList();
            List<String> foldedKeywords = procedure.keywords().stream()
                    .map(keyword -> Folding.fold(stripStar(keyword))).toList();
            built.add(new Entry(procedure, Folding.fold(procedure.label()), Folding.words(procedure.label()),
                    foldedKeywords, keywordWords, terms));
        }
        built.sort(BY_LABEL);
        this.entries = List.copyOf(built);
        this.procedures = entries.stream().map(Entry::procedure).toList();
        this.byCode = built.stream().collect(Collectors.toUnmodifiableMap(entry -> entry.procedure().code(),
                entry -> entry));
        this.networks = Collections.unmodifiableSortedSet(built.stream().map(entry -> entry.procedure().networkId())
                .filter(network -> !Procedure.COMMON.equals(network)).collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * Reads a catalogue in the format of {@value #RESOURCE}.
     *
     * @param reader the catalogue's text, header first
     * @param source the catalogue's name, for error messages
     * @throws ProcedureCatalogueException naming the line at fault, for a malformed line or a code used twice
     */
    public static ProcedureCatalogue read(Reader reader, String source) {
        return new ProcedureCatalogue(parse(reader, source));
    }

    /** The ids of the networks that have procedures of their own, sorted. */
    public Set<String> networks() {
        return networks;
    }

    /**
     * The procedures of the networks and those common to all, sorted by label; all the procedures when no
     * network is given.
     */
    public List<Procedure> forNetworks(Collection<String> networkIds) {
        List<Entry> candidates = candidates(networkIds);
        return candidates == entries ? procedures : candidates.stream().map(Entry::procedure).toList();
    }

    /** The procedure with this code. */
    public Optional<Procedure> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT))).map(Entry::procedure);
    }

    /**
     * The procedures of the networks (all networks if none is given) whose label or a keyword contains the text,
     * or has words beginning with each of its words, regardless of case and accents; those found by their label
     * first, then by label. A blank text finds all of them, up to the limit.
     */
    public List<Procedure> search(String text, Collection<String> networkIds, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String query = Folding.fold(text);
        List<String> queryWords = Folding.words(text);
        List<Entry> candidates = candidates(networkIds);
        if (queryWords.isEmpty()) {
            return candidates.stream().limit(limit).map(Entry::procedure).toList();
        }
        record Found(Entry entry, int rank) {
        }
        return candidates.stream()
                .map(entry -> new Found(entry, searchRank(entry, query, queryWords)))
                .filter(found -> found.rank() >= 0)
                .sorted(Comparator.comparingInt(Found::rank).thenComparing(Found::entry, BY_LABEL))
                .limit(limit)
                .map(found -> found.entry().procedure())
                .toList();
    }

    /**
     * The procedures of the networks (all networks if none is given) a story is about, the most likely first (then
     * by label), as ranked in the description of this class. With no network given, the network of each
     * suggestion suggests the network the story is about.
     */
    public List<Suggestion> suggest(String storyText, Collection<String> networkIds, int limit) {
        List<String> story = Folding.words(storyText);
        if (limit <= 0 || story.isEmpty()) {
            return List.of();
        }
        record Scored(Entry entry, Suggestion suggestion) {
        }
        Set<String> forms = Folding.formsOf(story);
        List<Scored> scored = new ArrayList<>();
        for (Entry entry : candidates(networkIds)) {
            Suggestion suggestion = score(entry, story, forms);
            if (suggestion != null && suggestion.score() >= MIN_SCORE) {
                scored.add(new Scored(entry, suggestion));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingInt((Scored s) -> -s.suggestion().score())
                        .thenComparing(Scored::entry, BY_LABEL))
                .limit(limit)
                .map(Scored::suggestion)
                .toList();
    }

    private static Suggestion score(Entry entry, List<String> story, Set<String> forms) {
        record Found(Term term, List<int[]> spans) {
        }
        List<Found> found = new ArrayList<>();
        for (Term term : entry.terms()) {
            List<int[]> spans = term.mayOccurIn(forms) ? term.find(story) : List.of();
            if (!spans.isEmpty()) {
                found.add(new Found(term, spans));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        found.sort(Comparator.comparingInt((Found f) -> -f.term().words().length)
                .thenComparingDouble(f -> -f.term().weight()));
        boolean[] covered = new boolean[story.size()];
        double score = 0;
        List<Term> counted = new ArrayList<>();
        for (Found f : found) {
            boolean fresh = f.spans().stream().anyMatch(span -> !allCovered(covered, span));
            if (fresh) {
                score += f.term().weight();
                counted.add(f.term());
                f.spans().forEach(span -> Arrays.fill(covered, span[0], span[1], true));
            }
        }
        if (entry.procedure().common()) {
            score *= COMMON_FACTOR;
        }
        counted.sort(Comparator.comparingDouble((Term t) -> -t.weight()));
        return new Suggestion(entry.procedure(), (int) Math.round(score),
                counted.stream().map(Term::display).distinct().toList());
    }

    private static boolean allCovered(boolean[] covered, int[] span) {
        for (int i = span[0]; i < span[1]; i++) {
            if (!covered[i]) {
                return false;
            }
        }
        return true;
    }

    private static int searchRank(Entry entry, String query, List<String> queryWords) {
        if (entry.foldedLabel().startsWith(query)) {
            return 0;
        }
        if (prefixesOf(queryWords, entry.labelWords())) {
            return 1;
        }
        if (entry.foldedLabel().contains(query)) {
            return 2;
        }
        for (int i = 0; i < entry.foldedKeywords().size(); i++) {
            if (entry.foldedKeywords().get(i).startsWith(query)
                    || prefixesOf(queryWords, entry.keywordWords().get(i))) {
                return 3;
            }
        }
        for (String keyword : entry.foldedKeywords()) {
            if (keyword.contains(query)) {
                return 4;
            }
        }
        return -1;
    }

    /** Whether each query word begins a word of the text. */
    private static boolean prefixesOf(List<String> queryWords, List<String> words) {
        return queryWords.stream().allMatch(query -> words.stream().anyMatch(word -> word.startsWith(query)));
    }

    private List<Entry> candidates(Collection<String> networkIds) {
        if (networkIds == null || networkIds.isEmpty()) {
            return entries;
        }
        Set<String> wanted = networkIds.stream().filter(id -> id != null && !id.isBlank())
                .map(id -> id.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return entries;
        }
        return entries.stream().filter(entry -> entry.procedure().common()
                || wanted.contains(entry.procedure().networkId())).toList();
    }

    // ----------------------------------------------------------------------------------------------- terms

    /** The terms looked for in a story, by key (folded words, with a trailing star for a prefix). */
    private static Map<String, RawTerm> rawTermsOf(Procedure procedure) {
        Map<String, RawTerm> terms = new LinkedHashMap<>();
        for (String part : procedure.label().split("[()/]")) {
            List<String> words = Folding.words(part);
            if (!words.isEmpty()) {
                terms.putIfAbsent(key(words, false), new RawTerm(part.strip(), words, false, LABEL_PART_BONUS));
            }
        }
        Set<String> labelWords = Set.copyOf(Folding.words(procedure.label()));
        Set<String> keywordKeys = new HashSet<>();
        for (String keyword : procedure.keywords()) {
            boolean prefix = keyword.endsWith("*");
            List<String> words = Folding.words(stripStar(keyword));
            String key = key(words, prefix);
            if (!keywordKeys.add(key)) {
                continue;
            }
            RawTerm label = terms.get(key);
            double bonus = label != null ? label.bonus()
                    : words.size() == 1 && !prefix && labelWords.contains(words.get(0)) ? LABEL_WORD_BONUS : 0;
            terms.put(key, new RawTerm(keyword, words, prefix, bonus));
        }
        return terms;
    }

    private static String key(List<String> words, boolean prefix) {
        return String.join(" ", words) + (prefix ? "*" : "");
    }

    private static String stripStar(String keyword) {
        return keyword.endsWith("*") ? keyword.substring(0, keyword.length() - 1) : keyword;
    }

    private record RawTerm(String display, List<String> words, boolean prefix, double bonus) {

        Term weighed(int frequency) {
            int significant = 0;
            int letters = 0;
            for (String word : words) {
                if (!Folding.isStopWord(word)) {
                    significant++;
                    letters += word.length();
                }
            }
            significant = Math.max(significant, 1);
            double base = PER_WORD * significant + Math.min(letters / 2.0, MAX_LETTER_BONUS);
            double weight = (base + bonus) * 2 / (1 + frequency);
            return new Term(display, words.toArray(String[]::new), prefix, weight);
        }
    }

    /** A term with its weight; the last word of a prefix term matches any word beginning with it. */
    private record Term(String display, String[] words, boolean prefix, double weight) {

        /**
         * Whether the term's first word is among the story's (given all the forms {@link Folding#sameWord} takes for
         * the same word): most terms of the catalogue are not, and need no scan of the story.
         */
        boolean mayOccurIn(Set<String> storyForms) {
            return words.length == 1 && prefix || storyForms.contains(words[0]);
        }

        /** The spans, [start, end[, of the story's words where the term occurs. */
        List<int[]> find(List<String> story) {
            List<int[]> spans = new ArrayList<>(1);
            int length = words.length;
            for (int start = 0; start + length <= story.size(); start++) {
                if (matchesAt(story, start)) {
                    spans.add(new int[] {start, start + length});
                }
            }
            return spans;
        }

        private boolean matchesAt(List<String> story, int start) {
            for (int i = 0; i < words.length; i++) {
                String word = story.get(start + i);
                boolean last = i == words.length - 1;
                if (last && prefix ? !word.startsWith(words[i]) : !Folding.sameWord(word, words[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private record Entry(Procedure procedure, String foldedLabel, List<String> labelWords,
            List<String> foldedKeywords, List<List<String>> keywordWords, List<Term> terms) {
    }

    // --------------------------------------------------------------------------------------------- loading

    private static ProcedureCatalogue shipped() {
        ProcedureCatalogue catalogue = shipped;
        if (catalogue == null) {
            synchronized (ProcedureCatalogue.class) {
                catalogue = shipped;
                if (catalogue == null) {
                    try (InputStream in = ProcedureCatalogue.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("The catalogue of procedures " + RESOURCE
                                    + " is missing next to " + ProcedureCatalogue.class.getName());
                        }
                        catalogue = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the catalogue of procedures " + RESOURCE, e);
                    }
                    shipped = catalogue;
                }
            }
        }
        return catalogue;
    }

    private static List<Procedure> parse(Reader reader, String source) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
                .setIgnoreSurroundingSpaces(true).get();
        List<Procedure> procedures = new ArrayList<>();
        Map<String, Long> codeLines = new HashMap<>();
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        long number = 0;
        boolean header = true;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    if (header) {
                        throw new ProcedureCatalogueException(source, number,
                                "the header " + String.join(";", HEADER) + " must come first");
                    }
                    continue;
                }
                List<String> fields = fields(format, line, source, number);
                if (header) {
                    List<String> names = fields.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!names.equals(HEADER)) {
                        throw new ProcedureCatalogueException(source, number, "expected the header "
                                + String.join(";", HEADER) + " but found " + line.strip());
                    }
                    header = false;
                    continue;
                }
                Procedure procedure = procedure(fields, source, number);
                Long previous = codeLines.putIfAbsent(procedure.code(), number);
                if (previous != null) {
                    throw new ProcedureCatalogueException(source, number,
                            "the code " + procedure.code() + " is already used on line " + previous);
                }
                procedures.add(procedure);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue of procedures " + source, e);
        }
        if (header) {
            throw new ProcedureCatalogueException(source, 1, "empty: the header " + String.join(";", HEADER)
                    + " is missing");
        }
        return procedures;
    }

    private static List<String> fields(CSVFormat format, String line, String source, long number) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(line, format)) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            throw new ProcedureCatalogueException(source, number, "unreadable (" + e.getMessage() + ")", e);
        }
        if (records.size() != 1) {
            throw new ProcedureCatalogueException(source, number, "unreadable: one line must hold one procedure");
        }
        return records.get(0).toList();
    }

    private static Procedure procedure(List<String> fields, String source, long number) {
        if (fields.size() != HEADER.size()) {
            throw new ProcedureCatalogueException(source, number, "expected " + HEADER.size()
                    + " fields separated by ';' (" + String.join(";", HEADER) + ") but found " + fields.size());
        }
        String network = fields.get(0).strip();
        String code = fields.get(1).strip();
        String label = fields.get(2).strip();
        if (!Procedure.COMMON.equals(network) && !SLUG.matcher(network).matches()) {
            throw new ProcedureCatalogueException(source, number, "the network \"" + network
                    + "\" is neither a network id (lower-case letters, digits and hyphens) nor " + Procedure.COMMON);
        }
        if (!SLUG.matcher(code).matches()) {
            throw new ProcedureCatalogueException(source, number, "the code \"" + code
                    + "\" is not made of lower-case letters, digits and hyphens");
        }
        if (label.isEmpty() || Folding.words(label).isEmpty()) {
            throw new ProcedureCatalogueException(source, number, "the label is empty");
        }
        List<String> keywords = new ArrayList<>();
        String rawKeywords = fields.get(3).strip();
        if (!rawKeywords.isEmpty()) {
            for (String raw : rawKeywords.split("\\|", -1)) {
                String keyword = raw.strip();
                if (keyword.isEmpty()) {
                    throw new ProcedureCatalogueException(source, number, "empty keyword (two '|' in a row?)");
                }
                String words = stripStar(keyword);
                if (words.contains("*") || Folding.words(words).isEmpty()) {
                    throw new ProcedureCatalogueException(source, number, "the keyword \"" + keyword
                            + "\" has no word, or a '*' elsewhere than at its end");
                }
                if (keyword.endsWith("*") && Folding.fold(words).length() < 3) {
                    throw new ProcedureCatalogueException(source, number, "the keyword \"" + keyword
                            + "\" is too short a prefix (3 letters at least)");
                }
                keywords.add(keyword);
            }
        }
        return new Procedure(network, code, label, keywords);
    }
}
