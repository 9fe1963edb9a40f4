package org.spplus.plugin.experiences.moderation.detection;

import java.util.Objects;

/**
 * Something a moderator should look at: its kind and where it is in the text.
 *
 * @param kind  what was found
 * @param start offset of its first character in the text
 * @param end   offset just after its last character (exclusive)
 * @param text  the matched text, {@code text.substring(start, end)} of the analysed text
 */
public record Finding(FindingKind kind, int start, int end, String text) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("Text length " + text.length() + " does not match the range ["
                    + start + ", " + end + ")");
        }
    }

    /** The finding of {@code kind} covering {@code [start, end)} of {@code source}. */
    static Finding of(FindingKind kind, String source, int start, int end) {
        return new Finding(kind, start, end, source.substring(start, end));
    }

    /** Whether the two findings share at least one character. */
    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
