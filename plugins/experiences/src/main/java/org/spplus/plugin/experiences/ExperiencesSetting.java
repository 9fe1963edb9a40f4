package org.spplus.plugin.experiences;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plugin's per-tenant settings (in the tenant definition under {@code plugins.experiences.settings}),
 * with their defaults and meaning.
 */
public enum ExperiencesSetting {
    /** Days within which a published story should be answered (the seeds' "moins de 7 jours" indicator). */
    ANSWER_TARGET_DAYS("answerTargetDays", "7"),
    /** Days before the target from which a story is flagged as nearing it. */
    ANSWER_WARNING_DAYS("answerWarningDays", "2"),
    /** E-mail addresses of agents who may publish their answers without a manager's validation (fast track). */
    FAST_TRACK_AGENTS("fastTrackAgents", ""),
    /** The network of the procedure catalogue whose démarches the network's stories name (empty: the network's id). */
    PROCEDURE_CATALOGUE("procedureCatalogue", ""),
    /** The network's own business tags, comma-separated (agents qualify stories with them as with the general tags). */
    BUSINESS_TAGS("businessTags", ""),
    /** The statuses an answer may carry, comma-separated (the agent chooses one). */
    ANSWER_STATUSES("answerStatuses", "Réponse apportée,Réorientation vers le bon interlocuteur,Remerciements,Action engagée");

    private final String key;
    private final String defaultValue;

    ExperiencesSetting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** The value in a tenant's settings, or the default. */
    public String in(Map<String, String> settings) {
        String value = settings == null ? null : settings.get(key);
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    public int intIn(Map<String, String> settings) {
        try {
            return Integer.parseInt(in(settings));
        } catch (NumberFormatException e) {
            return Integer.parseInt(defaultValue);
        }
    }

    /** The values of a list setting (comma-separated), trimmed, without empty ones. */
    public java.util.List<String> listIn(Map<String, String> settings) {
        return Arrays.stream(in(settings).split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    static Map<String, String> defaults() {
        return Arrays.stream(values()).collect(Collectors.toMap(ExperiencesSetting::key,
                ExperiencesSetting::defaultValue, (a, b) -> a, LinkedHashMap::new));
    }
}
