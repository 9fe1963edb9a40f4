package org.spplus.platform.core.plugin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.spplus.platform.api.plugin.PlatformPlugin;

/** The plugins of this build, discovered as CDI beans at start-up and checked once. */
@ApplicationScoped
public class PluginRegistry {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    @Any
    Instance<PlatformPlugin> discovered;

    private PluginCatalog catalog;

    @PostConstruct
    void discover() {
        List<PlatformPlugin> plugins = new ArrayList<>();
        discovered.forEach(plugins::add);
        catalog = PluginCatalog.of(plugins);
        if (catalog.valid()) {
            LOG.info(() -> "Plugins registered: " + catalog.all().stream()
                    .map(p -> p.id() + " (/" + p.pathRoot() + ")").collect(Collectors.joining(", ")));
        } else {
            catalog.problems().forEach(p -> LOG.log(Level.SEVERE, p));
        }
    }

    public PluginCatalog catalog() {
        return catalog;
    }

    public List<PlatformPlugin> all() {
        return catalog.all();
    }

    public Optional<PlatformPlugin> find(String id) {
        return catalog.find(id);
    }

    public Optional<PlatformPlugin> byRoot(String root) {
        return catalog.byRoot(root);
    }

    /** For each plugin, the names of its settings (from its defaults): what tenant definitions may set. */
    public Map<String, Set<String>> settingNames() {
        return catalog.all().stream().collect(Collectors.toMap(PlatformPlugin::id, p -> p.defaultSettings().keySet()));
    }
}
