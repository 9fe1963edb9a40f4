package org.spplus.platform.api.tenant;

import java.util.Map;
import java.util.Optional;

/**
 * The tenant of the current work: the one resolved for the current request, or the one set explicitly
 * by {@link TenantScope} for background work.
 */
public interface CurrentTenant {

    /** The current tenant, if any. */
    Optional<TenantRef> get();

    /** The current tenant; throws {@link NoTenantException} if there is none. */
    default TenantRef require() {
        return get().orElseThrow(() -> new NoTenantException(
                "No tenant is set for this work: resolve one from the request or run it with TenantScope"));
    }

    /** Whether the plugin is switched on for the current tenant (false when there is no tenant). */
    boolean isPluginEnabled(String pluginId);

    /** The plugin's settings for the current tenant: the plugin's defaults overridden by the tenant's values. */
    Map<String, String> pluginSettings(String pluginId);
}
