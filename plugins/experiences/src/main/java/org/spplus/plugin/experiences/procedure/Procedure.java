package org.spplus.plugin.experiences.procedure;

import java.util.List;
import java.util.Objects;

/**
 * A procedure (démarche) of the catalogue.
 *
 * @param networkId the network it belongs to ({@code caf}, {@code dgfip}...), or {@link #COMMON} for a procedure
 *                  common to all networks
 * @param code      a stable slug, unique in the catalogue (for example {@code caf-apl})
 * @param label     its French label
 * @param keywords  words and short expressions a citizen would write about it, as written in the catalogue; one
 *                  ending with {@code *} matches any word starting with what precedes the star
 */
public record Procedure(String networkId, String code, String label, List<String> keywords) {

    /** The network id of the procedures common to all networks. */
    public static final String COMMON = "*";

    public Procedure {
        Objects.requireNonNull(networkId, "networkId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        keywords = List.copyOf(keywords);
    }

    /** Whether the procedure is common to all networks. */
    public boolean common() {
        return COMMON.equals(networkId);
    }
}
