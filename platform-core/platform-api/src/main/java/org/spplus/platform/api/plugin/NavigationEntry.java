package org.spplus.platform.api.plugin;

import java.util.Objects;

/**
 * A link a plugin adds to the platform's navigation.
 *
 * @param label        what the link says
 * @param path         path relative to the plugin's root, without extension (e.g. {@code "bannette"});
 *                     empty for the plugin's home
 * @param area         public portal or back office
 * @param requiredRole role needed to see the entry, or {@code null} for anyone who can see the area
 * @param order        position among entries (ascending)
 */
public record NavigationEntry(LocalizedText label, String path, Area area, String requiredRole, int order) {

    public NavigationEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(area, "area");
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("Navigation path must be relative to the plugin root: " + path);
        }
    }
}
