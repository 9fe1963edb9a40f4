package org.spplus.platform.core.tenancy.definition;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Stores {@link AppliedDefinition}s as JSON text. */
public final class DefinitionSnapshots {

    private static final Logger LOG = Logger.getLogger(DefinitionSnapshots.class.getName());

    private DefinitionSnapshots() {
    }

    public static String write(AppliedDefinition applied) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(applied);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serialise the applied definition", e);
        }
    }

    /** The snapshot, or null if there is none or it cannot be read (then the file is applied as a whole). */
    public static AppliedDefinition read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, AppliedDefinition.class);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Unreadable definition snapshot; the definition file will be applied as a whole", e);
            return null;
        }
    }
}
