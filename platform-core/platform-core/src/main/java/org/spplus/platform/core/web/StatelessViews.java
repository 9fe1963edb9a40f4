package org.spplus.platform.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.core.plugin.PluginRegistry;

/**
 * The views that keep no state between requests (Faces' stateless views): the core's public reading pages and
 * the pages plugins declare in {@link PlatformPlugin#statelessPages()}. {@link StatelessViewsFactory} makes their
 * view roots transient as soon as they are created.
 */
@ApplicationScoped
public class StatelessViews {

    /** The core's pages that only read: the portal's home, a network's portal page, the fixed pages, errors. */
    static final List<String> CORE_PAGES = List.of("index", "reseau", "accessibilite", "aide", "mentions-legales",
            "donnees-personnelles", "plan-du-site", "erreur/403", "erreur/404", "erreur/500");

    @Inject
    PluginRegistry plugins;

    private Set<String> viewIds;

    @PostConstruct
    void collect() {
        Set<String> ids = new HashSet<>();
        CORE_PAGES.forEach(page -> ids.add("/" + page + ViewPaths.EXTENSION));
        for (PlatformPlugin plugin : plugins.all()) {
            plugin.statelessPages().forEach(page -> ids.add("/" + plugin.pathRoot() + "/" + page + ViewPaths.EXTENSION));
        }
        viewIds = Set.copyOf(ids);
    }

    public boolean contains(String viewId) {
        return viewIds.contains(viewId);
    }
}
