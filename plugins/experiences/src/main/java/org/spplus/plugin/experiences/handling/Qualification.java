package org.spplus.plugin.experiences.handling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * An agent's qualification of a case: a feeling per tag (general or business) and per contact channel, and
 * the "amélioration de service à considérer" note. Stored as {@code code:FEELING} pairs, comma-separated.
 */
public record Qualification(Map<String, Feeling> tags, Map<String, Feeling> channels, String improvementNote) {

    public Qualification {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        channels = Collections.unmodifiableMap(new LinkedHashMap<>(channels));
    }

    /** Pairs as stored: {@code accessibilite:NEGATIF,relation:POSITIF}. */
    public static String write(Map<String, Feeling> pairs) {
        return pairs.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().name()).collect(Collectors.joining(","));
    }

    /** Reads stored pairs, ignoring any that no longer make sense. */
    public static Map<String, Feeling> read(String stored) {
        Map<String, Feeling> pairs = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return pairs;
        }
        for (String pair : stored.split(",")) {
            int colon = pair.lastIndexOf(':');
            if (colon > 0) {
                try {
                    pairs.put(pair.substring(0, colon), Feeling.valueOf(pair.substring(colon + 1)));
                } catch (IllegalArgumentException ignored) {
                    // a feeling that no longer exists: dropped
                }
            }
        }
        return pairs;
    }
}
