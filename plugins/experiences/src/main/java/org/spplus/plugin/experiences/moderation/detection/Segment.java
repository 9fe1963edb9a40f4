package org.spplus.plugin.experiences.moderation.detection;

import java.util.Objects;

/**
 * A piece of a text cut by {@link SensitiveContentDetector#segments(String, java.util.List)}: plain text when
 * {@code kind} is null, a finding otherwise. The text is raw text, never HTML: a page escapes it as any other
 * text and wraps flagged segments in {@code <mark>}.
 *
 * @param text the characters of the piece (never empty)
 * @param kind what was found there, or null for plain text
 */
public record Segment(String text, FindingKind kind) {

    public Segment {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Empty segment");
        }
    }

    /** Whether the segment is a finding to highlight. */
    public boolean flagged() {
        return kind != null;
    }
}
