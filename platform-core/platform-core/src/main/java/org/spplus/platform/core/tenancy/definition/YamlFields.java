package org.spplus.platform.core.tenancy.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a parsed YAML map, remembering the path of each field so that every
 * problem names the file and the field. Problems are collected, never thrown, so that an author sees
 * all of them at once.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Map<String, Object> values;
    private final List<DefinitionProblem> problems;

    YamlFields(String file, String path, Map<String, Object> values, List<DefinitionProblem> problems) {
        this.file = file;
        this.path = path;
        this.values = values;
        this.problems = problems;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(new DefinitionProblem(file, key == null ? path : field(key), message));
    }

    /** Reports keys that are not part of the format (a typo would otherwise be silently ignored). */
    void rejectUnknownKeys(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                problem(key, "champ inconnu ; champs possibles : " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
        }
    }

    String requiredText(String key, int maxLength) {
        String value = optionalText(key, maxLength);
        if (value == null) {
            problem(key, "obligatoire.");
        }
        return value;
    }

    String optionalText(String key, int maxLength) {
        Object raw = values.get(key);
        if (raw == null) {
            return null;
        }
        if (raw instanceof Map || raw instanceof List) {
            problem(key, "doit être un texte.");
            return null;
        }
        String value = String.valueOf(raw).trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            problem(key, "trop long (" + value.length() + " caractères, " + maxLength + " au plus).");
            return value.substring(0, maxLength);
        }
        return value;
    }

    String matching(String key, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            problem(key, "« " + value + " » ne convient pas : " + expected + ".");
        }
        return value;
    }

    boolean bool(String key, boolean defaultValue) {
        Object raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        problem(key, "doit valoir true ou false.");
        return defaultValue;
    }

    List<String> textList(String key) {
        Object raw = values.get(key);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            problem(key, "doit être une liste, par exemple [a, b].");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item == null || item instanceof Map || item instanceof List) {
                problems.add(new DefinitionProblem(file, field(key) + "[" + i + "]", "doit être un texte."));
            } else {
                result.add(String.valueOf(item).trim());
            }
        }
        return result;
    }

    YamlFields object(String key, boolean required) {
        Object raw = values.get(key);
        if (raw == null) {
            if (required) {
                problem(key, "obligatoire.");
            }
            return null;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problem(key, "doit être un objet (des champs « clé: valeur » indentés).");
            return null;
        }
        return new YamlFields(file, field(key), asStringKeyed(map), problems);
    }

    List<YamlFields> objectList(String key) {
        Object raw = values.get(key);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            problem(key, "doit être une liste d'objets (lignes commençant par « - »).");
            return List.of();
        }
        List<YamlFields> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String itemPath = field(key) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                result.add(new YamlFields(file, itemPath, asStringKeyed(map), problems));
            } else {
                problems.add(new DefinitionProblem(file, itemPath, "doit être un objet."));
            }
        }
        return result;
    }

    /** The entries of a map whose keys are free (plugin ids, setting names), each as a sub-reader. */
    Map<String, Object> rawMap(String key) {
        Object raw = values.get(key);
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problem(key, "doit être un objet.");
            return Map.of();
        }
        return asStringKeyed(map);
    }

    YamlFields child(String key, Map<String, Object> value) {
        return new YamlFields(file, field(key), value, problems);
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    static Map<String, Object> asStringKeyed(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
