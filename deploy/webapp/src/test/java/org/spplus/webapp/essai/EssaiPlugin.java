package org.spplus.webapp.essai;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spplus.platform.api.plugin.Area;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.platform.api.plugin.NavigationEntry;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.api.security.Roles;

/** The test plugin's descriptor. */
@ApplicationScoped
public class EssaiPlugin implements PlatformPlugin {

    @Override
    public String id() {
        return "essai";
    }

    @Override
    public LocalizedText name() {
        return new LocalizedText("Notes d’essai", "Test notes");
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                new NavigationEntry(new LocalizedText("Notes d’essai", "Test notes"), "", Area.BACK_OFFICE, null, 10),
                new NavigationEntry(new LocalizedText("Essai public", "Public test"), "", Area.PUBLIC, null, 10));
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.AGENT);
    }

    @Override
    public Map<String, String> defaultSettings() {
        return Map.of("greeting", "Bonjour");
    }

    @Override
    public String messageBundle() {
        return "org.spplus.webapp.essai.messages";
    }
}
