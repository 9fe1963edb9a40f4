package org.spplus.platform.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads {@link CoreSetting}s from MicroProfile Config, falling back to their defaults. */
@ApplicationScoped
public class Settings {

    private Config config() {
        return ConfigProvider.getConfig();
    }

    public String get(CoreSetting setting) {
        return config().getOptionalValue(setting.key(), String.class)
                .filter(v -> !v.isBlank())
                .orElse(setting.defaultValue());
    }

    public int getInt(CoreSetting setting) {
        String value = get(setting);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration " + setting.key() + " must be a whole number, got: " + value, e);
        }
    }

    public boolean getBoolean(CoreSetting setting) {
        return Boolean.parseBoolean(get(setting).trim());
    }
}
