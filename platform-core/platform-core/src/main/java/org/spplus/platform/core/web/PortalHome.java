package org.spplus.platform.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;

/** The unified public home page: the plugins in service and the networks on the platform. */
@Named
@RequestScoped
public class PortalHome {

    @Inject
    NavigationService navigation;

    @Inject
    TenantDirectory directory;

    @Inject
    Layout layout;

    private List<NavigationService.PluginEntry> plugins;
    private List<TenantInfo> networks;

    @PostConstruct
    void prepare() {
        plugins = navigation.publicPlugins(java.util.Locale.forLanguageTag(layout.getLanguage()));
        networks = directory.all().stream().filter(TenantInfo::active)
                .sorted(Comparator.comparing(t -> t.ref().name())).toList();
    }

    public List<NavigationService.PluginEntry> getPlugins() {
        return plugins;
    }

    public List<TenantInfo> getNetworks() {
        return networks;
    }
}
