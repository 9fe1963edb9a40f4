package org.spplus.platform.api.tenant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The networks of the platform, for pages and services that work across them (the public portal). */
public interface TenantCatalog {

    /** Active networks that have switched the plugin on, by name. */
    List<TenantRef> enabling(String pluginId);

    /** An active network by id. */
    Optional<TenantRef> byId(String tenantId);

    /** Whether the active network has switched the plugin on. */
    boolean enables(String tenantId, String pluginId);

    /** The plugin's settings for the network: the plugin's defaults overridden by the network's values. */
    Map<String, String> pluginSettings(String tenantId, String pluginId);
}
