package org.spplus.plugin.experiences.moderation.detection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds personal data and insults in a citizen's story (or its title) for the moderator to review. It only
 * reports: it never publishes, hides or changes anything.
 *
 * <p>Overlaps between kinds are settled by keeping the stronger finding, in this order: e-mail, IBAN, social
 * security number, phone, postal address, person's name, insult; between two findings of the same kind, the
 * longer one. So the digits of an IBAN or of a social security number are never also a phone number, and the
 * "Jean Jaurès" of "3 avenue Jean Jaurès" is part of the address, not a name.
 *
 * <p>The word lists are read once, when this class is first used; instances hold no state of their own and may
 * be shared between threads.
 */
@ApplicationScoped
public class SensitiveContentDetector {

    /** Strength of each kind when findings overlap: the lower, the stronger. */
    private static final Map<FindingKind, Integer> STRENGTH = Map.of(
            FindingKind.EMAIL, 0,
            FindingKind.IBAN, 1,
            FindingKind.NIR, 2,
            FindingKind.PHONE, 3,
            FindingKind.POSTAL_ADDRESS, 4,
            FindingKind.PERSON_NAME, 5,
            FindingKind.INSULT, 6);

    private static final Comparator<Finding> STRONGEST_FIRST = Comparator
            .comparingInt((Finding f) -> STRENGTH.get(f.kind()))
            .thenComparing(Comparator.comparingInt((Finding f) -> f.end() - f.start()).reversed())
            .thenComparingInt(Finding::start);

    private static final Comparator<Finding> IN_TEXT_ORDER = Comparator.comparingInt(Finding::start);

    /** The detectors with their word lists, built once for all instances (holder idiom: built on first use). */
    private static final class Detectors {
        static final List<ContentDetector> ALL = List.of(
                new EmailDetector(),
                new IbanDetector(),
                new NirDetector(),
                new PhoneDetector(),
                new PostalAddressDetector(),
                PersonNameDetector.standard(),
                InsultDetector.standard());
    }

    public SensitiveContentDetector() {
        // The detectors are shared: see Detectors.
    }

    /**
     * The findings in {@code text}, in the order of the text, none overlapping another; empty for a null or
     * blank text.
     */
    public List<Finding> detect(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Finding> candidates = new ArrayList<>();
        for (ContentDetector detector : Detectors.ALL) {
            detector.findIn(text, candidates);
        }
        candidates.sort(STRONGEST_FIRST);
        List<Finding> kept = new ArrayList<>();
        for (Finding candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return List.copyOf(kept);
    }

    /**
     * Cuts {@code text} into consecutive segments, plain or flagged, that cover it exactly: their texts put end to
     * end give {@code text} back. Findings are taken in the order of the text; one that overlaps an earlier one
     * or falls outside the text is ignored. Empty for a null or empty text.
     */
    public static List<Segment> segments(String text, List<Finding> findings) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> ordered = new ArrayList<>(findings == null ? List.of() : findings);
        ordered.sort(IN_TEXT_ORDER);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (Finding finding : ordered) {
            if (finding.start() < position || finding.end() > text.length()) {
                continue;
            }
            if (finding.start() > position) {
                segments.add(new Segment(text.substring(position, finding.start()), null));
            }
            segments.add(new Segment(text.substring(finding.start(), finding.end()), finding.kind()));
            position = finding.end();
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), null));
        }
        return List.copyOf(segments);
    }
}
