package org.spplus.platform.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.spplus.platform.api.plugin.Area;
import org.spplus.platform.api.plugin.NavigationEntry;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;

/** The links plugins add to the navigation, filtered by where they are switched on and who is looking. */
@ApplicationScoped
public class NavigationService {

    /** A link ready to render: its label and its path below the context path. */
    public record Link(String label, String path, String pluginId) {
    }

    /** A plugin as shown on the portal: its name and its public entry points. */
    public record PluginEntry(String id, String name, List<Link> links) {
    }

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantDirectory directory;

    @Inject
    CurrentUser user;

    /** Plugins switched on by at least one network, with their public links. */
    public List<PluginEntry> publicPlugins(Locale locale) {
        return plugins.all().stream()
                .filter(p -> directory.anyTenantEnables(p.id()))
                .map(p -> new PluginEntry(p.id(), p.name().in(locale), links(p, Area.PUBLIC, "", locale)))
                .toList();
    }

    /** Plugins the network has switched on, with their public links narrowed to that network. */
    public List<PluginEntry> publicPluginsOf(TenantInfo tenant, Locale locale) {
        return plugins.all().stream()
                .filter(p -> tenant.enables(p.id()))
                .map(p -> new PluginEntry(p.id(), p.name().in(locale), links(p, Area.PUBLIC, "", locale).stream()
                        .map(l -> new Link(l.label(), l.path() + "?reseau=" + tenant.pathSegment(), l.pluginId()))
                        .toList()))
                .toList();
    }

    public List<Link> publicLinks(Locale locale) {
        return publicPlugins(locale).stream().flatMap(p -> p.links().stream()).toList();
    }

    /** Back-office links of the plugins the tenant has switched on, that the current user may see. */
    public List<Link> backOfficeLinks(TenantInfo tenant, String tenantPrefix, Locale locale) {
        return plugins.all().stream()
                .filter(p -> tenant.enables(p.id()))
                .flatMap(p -> links(p, Area.BACK_OFFICE, tenantPrefix, locale).stream())
                .toList();
    }

    private List<Link> links(PlatformPlugin plugin, Area area, String prefix, Locale locale) {
        return plugin.navigation().stream()
                .filter(e -> e.area() == area)
                .filter(e -> e.requiredRole() == null || user.hasRole(e.requiredRole()))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .map(e -> new Link(e.label().in(locale), prefix + "/" + plugin.pathRoot()
                        + (e.path().isEmpty() ? "/" : "/" + e.path()), plugin.id()))
                .distinct() // an entry offered to several roles shows once to a person holding more than one
                .toList();
    }
}
