package org.spplus.platform.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spplus.platform.api.plugin.LocalizedText;
import org.spplus.platform.api.plugin.NavigationEntry;
import org.spplus.platform.api.plugin.PlatformPlugin;

class PluginCatalogTest {

    record Plugin(String id, String pathRoot, Set<String> roles) implements PlatformPlugin {
        Plugin(String id) {
            this(id, id, Set.of("agent"));
        }

        @Override
        public LocalizedText name() {
            return new LocalizedText("Nom", "Name");
        }

        @Override
        public List<NavigationEntry> navigation() {
            return List.of();
        }

        @Override
        public Map<String, String> defaultSettings() {
            return Map.of();
        }

        @Override
        public String messageBundle() {
            return "x.messages";
        }
    }

    @Test
    void wellFormedPluginsAreRegistered() {
        PluginCatalog catalog = PluginCatalog.of(List.of(new Plugin("voxdocs"), new Plugin("experiences")));
        assertThat(catalog.valid()).isTrue();
        assertThat(catalog.all()).extracting(PlatformPlugin::id).containsExactly("experiences", "voxdocs");
        assertThat(catalog.byRoot("voxdocs")).isPresent();
    }

    @Test
    void duplicateIdsAreRejectedNamingBothClasses() {
        PluginCatalog catalog = PluginCatalog.of(List.of(new Plugin("experiences"), new Plugin("experiences")));
        assertThat(catalog.valid()).isFalse();
        assertThat(catalog.problems()).singleElement().asString()
                .contains("Deux plugins déclarent l'identifiant « experiences »")
                .contains(Plugin.class.getName());
    }

    @Test
    void reservedRootsBadIdsAndUnknownRolesAreRejected() {
        PluginCatalog catalog = PluginCatalog.of(List.of(new Plugin("admin-bis", "admin", Set.of("agent")),
                new Plugin("Mauvais Id"), new Plugin("roles", "roles", Set.of("chef"))));
        assertThat(catalog.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("réservée"))
                .anySatisfy(p -> assertThat(p).contains("Mauvais Id"))
                .anySatisfy(p -> assertThat(p).contains("rôle « chef » inconnu"));
    }

    @Test
    void twoPluginsCannotShareARoot() {
        PluginCatalog catalog = PluginCatalog.of(List.of(new Plugin("a", "docs", Set.of()), new Plugin("b", "docs", Set.of())));
        assertThat(catalog.problems()).singleElement().asString().contains("même racine");
    }
}
