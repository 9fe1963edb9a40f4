package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.organisation.OrganisationService;
import org.spplus.platform.core.organisation.UnitFields;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.core.tenancy.definition.DefinitionSet;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionReader;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionReader.SourceFile;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionService;

/**
 * Tenant definitions load idempotently: loading again changes nothing, what the platform changed stays
 * unless the file changes that field, and nothing a tenant produced is ever deleted.
 */
@ExtendWith(ArquillianExtension.class)
class TenantDefinitionsIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    TenantDefinitionService definitions;

    @Inject
    OrganisationService organisation;

    @Inject
    TenantScope tenants;

    @Inject
    PluginRegistry plugins;

    @Test
    void loadingTheSameDefinitionsAgainChangesNothing() throws Exception {
        long before = tenants.callAs("alpha", () -> organisation.count());
        definitions.apply(definitions.read());
        definitions.apply(definitions.read());
        assertThat(tenants.callAs("alpha", () -> organisation.count())).isEqualTo(before);
    }

    @Test
    void changesMadeOnThePlatformSurviveAReloadUntilTheFileChangesThem() throws Exception {
        OrgUnitView herault = tenants.callAs("beta", () -> organisation.findByCode("beta-bretagne").orElseThrow());
        tenants.callAs("beta", () -> organisation.update(herault.id(), new UnitFields(herault.code(),
                "Beta Bretagne (renommée sur la plateforme)", herault.type(), herault.regionCode(), null)));
        definitions.apply(definitions.read());
        assertThat(name("beta", "beta-bretagne")).isEqualTo("Beta Bretagne (renommée sur la plateforme)");

        SourceFile original = betaFile();
        String changed = original.content()
                .replace("name: Direction régionale Beta Bretagne", "name: Direction régionale Beta de Bretagne")
                .replace("""
                                - code: beta-35
                                  name: Beta Ille-et-Vilaine
                                  type: Direction départementale
                                  departement: "35"
                        """, """
                                - code: beta-35
                                  name: Beta Ille-et-Vilaine
                                  type: Direction départementale
                                  departement: "35"
                                - code: beta-29
                                  name: Beta Finistère
                                  type: Direction départementale
                                  departement: "29"
                        """);
        assertThat(changed).contains("beta-29");
        definitions.apply(readWith(new SourceFile(original.name(), original.folder(), changed, original.siblingFiles())));
        assertThat(name("beta", "beta-bretagne")).isEqualTo("Direction régionale Beta de Bretagne");
        assertThat(name("beta", "beta-29")).isEqualTo("Beta Finistère");

        // the file drops beta-29 again: the entity the platform created stays
        definitions.apply(definitions.read());
        assertThat(name("beta", "beta-29")).isEqualTo("Beta Finistère");
        assertThat(name("beta", "beta-bretagne")).isEqualTo("Direction régionale Beta Bretagne");
    }

    private String name(String tenant, String code) throws Exception {
        return tenants.callAs(tenant, () -> organisation.findByCode(code).orElseThrow().name());
    }

    private SourceFile betaFile() {
        return definitions.sources().tenantFiles().stream().filter(f -> f.folder().equals("beta")).findFirst()
                .orElseThrow();
    }

    private DefinitionSet readWith(SourceFile replacement) {
        List<SourceFile> files = definitions.sources().tenantFiles().stream()
                .map(f -> f.folder().equals(replacement.folder()) ? replacement : f).toList();
        DefinitionSet set = new TenantDefinitionReader(plugins.settingNames())
                .read(files, definitions.sources().platformFile().orElse(null));
        assertThat(set.problems()).isEmpty();
        return set;
    }
}
