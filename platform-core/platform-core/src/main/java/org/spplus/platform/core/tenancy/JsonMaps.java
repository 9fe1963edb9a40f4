package org.spplus.platform.core.tenancy;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Flat string maps stored as JSON text columns. */
public final class JsonMaps {

    /** Looked up once: {@code Json.createX()} looks the provider up through the class path at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonMaps() {
    }

    public static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> result = new TreeMap<>();
            object.forEach((k, v) -> result.put(k, v.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) v).getString() : v.toString()));
            return Collections.unmodifiableMap(result);
        }
    }

    public static String write(Map<String, ?> values) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        new TreeMap<>(values).forEach((k, v) -> builder.add(k, v == null ? "" : String.valueOf(v)));
        return builder.build().toString();
    }
}
