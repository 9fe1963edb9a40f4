package org.spplus.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.core.plugin.PluginRegistry;

/** {@link TenantCatalog} over the in-memory {@link TenantDirectory}: only active networks are listed. */
@ApplicationScoped
public class DirectoryTenantCatalog implements TenantCatalog {

    @Inject
    TenantDirectory directory;

    @Inject
    PluginRegistry plugins;

    @Override
    public List<TenantRef> enabling(String pluginId) {
        return directory.all().stream().filter(t -> t.active() && t.enables(pluginId)).map(TenantInfo::ref)
                .sorted(Comparator.comparing(TenantRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<TenantRef> byId(String tenantId) {
        return directory.byId(tenantId).filter(TenantInfo::active).map(TenantInfo::ref);
    }

    @Override
    public boolean enables(String tenantId, String pluginId) {
        return directory.byId(tenantId).filter(TenantInfo::active).map(t -> t.enables(pluginId)).orElse(false);
    }

    /** The one place where a tenant's plugin settings are its own values over the plugin's defaults. */
    @Override
    public Map<String, String> pluginSettings(String tenantId, String pluginId) {
        Map<String, String> settings = new HashMap<>(defaultSettings(pluginId));
        directory.byId(tenantId).map(t -> t.plugins().get(pluginId))
                .ifPresent(state -> settings.putAll(state.settings()));
        return Map.copyOf(settings);
    }

    /** The plugin's defaults (no tenant). */
    Map<String, String> defaultSettings(String pluginId) {
        return plugins.find(pluginId).map(p -> p.defaultSettings()).orElse(Map.of());
    }
}
