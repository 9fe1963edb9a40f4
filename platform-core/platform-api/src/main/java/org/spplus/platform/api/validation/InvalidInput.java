package org.spplus.platform.api.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses, with a French message per field (key "" for the form as a whole). Pages show
 * each message beside its field; nothing the person typed is lost.
 */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }

    /** Collects problems, then throws them all at once. */
    public static final class Collector {
        private final Map<String, String> problems = new LinkedHashMap<>();

        public Collector add(String field, String message) {
            problems.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return problems.containsKey(field);
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
