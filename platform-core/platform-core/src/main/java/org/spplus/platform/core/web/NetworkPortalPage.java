package org.spplus.platform.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;

/**
 * A network's page on the public portal ({@code /reseau?id=<network>}), reached from the home page's
 * chooser: what a person can do about that network, through the plugins it has switched on.
 */
@Named
@RequestScoped
public class NetworkPortalPage {

    @Inject
    TenantDirectory directory;

    @Inject
    NavigationService navigation;

    @Inject
    Layout layout;

    private String id;
    private TenantInfo network;
    private List<NavigationService.PluginEntry> plugins = List.of();

    /** Called by the page's view action: an unknown or closed network is a 404. */
    public void load() throws IOException {
        Optional<TenantInfo> found = id == null ? Optional.empty()
                : directory.byPath(id.strip()).filter(TenantInfo::active);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        network = found.get();
        plugins = navigation.publicPluginsOf(network, Locale.forLanguageTag(layout.getLanguage()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TenantInfo getNetwork() {
        return network;
    }

    public List<NavigationService.PluginEntry> getPlugins() {
        return plugins;
    }
}
