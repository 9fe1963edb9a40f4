package org.spplus.plugin.experiences.procedure;

import java.util.List;
import java.util.Objects;

/**
 * A procedure suggested for a story.
 *
 * @param procedure       the procedure
 * @param score           how strongly the story points to it (higher is stronger; only comparable between
 *                        suggestions for the same text)
 * @param matchedKeywords the keywords, or parts of the label, found in the story, the weightiest first
 */
public record Suggestion(Procedure procedure, int score, List<String> matchedKeywords) {

    public Suggestion {
        Objects.requireNonNull(procedure, "procedure");
        matchedKeywords = List.copyOf(matchedKeywords);
    }

    /** The network of the procedure, {@link Procedure#COMMON} for a procedure common to all networks. */
    public String networkId() {
        return procedure.networkId();
    }
}
