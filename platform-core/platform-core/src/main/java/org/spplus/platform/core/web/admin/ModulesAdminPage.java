package org.spplus.platform.core.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.core.tenancy.TenantAdministration;
import org.spplus.platform.core.tenancy.TenantAdministration.PluginState;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** The network's modules: switched on or off, and their settings. */
@Named
@ViewScoped
public class ModulesAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantAdministration administration;

    @Inject
    CurrentTenant tenant;

    @Inject
    Forms forms;

    private List<PluginState> plugins;
    private final Map<String, Map<String, String>> settings = new HashMap<>();

    @PostConstruct
    void load() {
        plugins = administration.pluginStates();
        settings.clear();
        plugins.forEach(p -> settings.put(p.id(), new LinkedHashMap<>(p.settings())));
    }

    /**
     * Switches the module, then reloads the page: the navigation is drawn from the network as the request
     * found it, so only the next request shows the module's links appear or vanish.
     */
    public String toggle(PluginState plugin) {
        administration.setPluginEnabled(tenant.require().id(), plugin.id(), !plugin.enabled());
        return forms.confirmAndReload("Le module « " + plugin.name() + " » est "
                + (plugin.enabled() ? "désactivé" : "activé") + ".");
    }

    public String saveSettings(PluginState plugin) {
        try {
            administration.updatePluginSettings(plugin.id(), settings.get(plugin.id()));
            return forms.confirmAndReload("Les réglages du module « " + plugin.name() + " » sont enregistrés.");
        } catch (InvalidInput e) {
            forms.show(null, e);
            return null;
        }
    }

    public List<PluginState> getPlugins() {
        return plugins;
    }

    public Map<String, Map<String, String>> getSettings() {
        return settings;
    }
}
