package org.spplus.platform.core.tenancy;

import java.util.List;
import java.util.Map;
import org.spplus.platform.api.tenant.TenantRef;

/**
 * What routing and rendering need to know about a tenant, kept in memory by {@link TenantDirectory}.
 *
 * @param plugins for each plugin the tenant has a record for: switched on, and its own settings
 */
public record TenantInfo(TenantRef ref, String pathSegment, List<String> hosts, String accentColor,
                         boolean hasLogo, boolean active, Map<String, PluginState> plugins) {

    public record PluginState(boolean enabled, Map<String, String> settings) {
    }

    public String id() {
        return ref.id();
    }

    public boolean enables(String pluginId) {
        PluginState state = plugins.get(pluginId);
        return state != null && state.enabled();
    }
}
