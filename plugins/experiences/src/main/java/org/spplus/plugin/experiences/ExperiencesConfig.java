package org.spplus.plugin.experiences;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The plugin's deployment-wide configuration keys (MicroProfile Config), with their defaults and meaning.
 * Per-network settings are in {@link ExperiencesSetting}.
 */
public enum ExperiencesConfig {
    ESCALATION_MINUTES("platform.experiences.escalation-minutes", "15",
            "Minutes between two passes that alert the parent entity's managers of stories past their answer target.");

    private final String key;
    private final String defaultValue;
    private final String meaning;

    ExperiencesConfig(String key, String defaultValue, String meaning) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    public int intValue() {
        String value = ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(defaultValue);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return Integer.parseInt(defaultValue);
        }
    }
}
