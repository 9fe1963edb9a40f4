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
    private final Map<String, List<SettingField>> fields = new HashMap<>();

    /** One setting of a module as its form edits it. */
    public static final class SettingField implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private String value;

        SettingField(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @PostConstruct
    void load() {
        plugins = administration.pluginStates();
        fields.clear();
        plugins.forEach(p -> fields.put(p.id(), p.settings().entrySet().stream()
                .map(e -> new SettingField(e.getKey(), e.getValue())).toList()));
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
            Map<String, String> values = new LinkedHashMap<>();
            fields.get(plugin.id()).forEach(f -> values.put(f.getKey(), f.getValue()));
            administration.updatePluginSettings(plugin.id(), values);
            return forms.confirmAndReload("Les réglages du module « " + plugin.name() + " » sont enregistrés.");
        } catch (InvalidInput e) {
            forms.show(null, e);
            return null;
        }
    }

    public List<PluginState> getPlugins() {
        return plugins;
    }

    public Map<String, List<SettingField>> getFields() {
        return fields;
    }
}
