package org.spplus.platform.core.tenancy.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionReader.SourceFile;

class TenantDefinitionReaderTest {

    private static final String VALID = """
            id: caf
            name: Caisses d'allocations familiales
            shortName: CAF
            hosts: [caf.localhost]
            theme:
              accentColor: "#0062ac"
            plugins:
              experiences:
                enabled: true
                settings:
                  answerTargetDays: "7"
            organisation:
              code: cnaf
              name: Caisse nationale des allocations familiales
              children:
                - code: caf-30
                  name: Caf du Gard
                  departement: "30"
                  children:
                    - code: caf-30-nimes
                      name: Accueil de Nîmes
                      departement: "30"
            demo:
              agents:
                - email: Agent@Caf.Demo.fr
                  name: Camille Martin
                  roles: [agent]
                  units: [caf-30-nimes]
            """;

    private final TenantDefinitionReader reader =
            new TenantDefinitionReader(Map.of("experiences", Set.of("answerTargetDays")));

    private static SourceFile file(String folder, String content) {
        return new SourceFile("tenants/" + folder + "/tenant.yaml", folder, content, Set.of("tenant.yaml"));
    }

    private DefinitionSet read(String content) {
        return reader.read(List.of(file("caf", content)), null);
    }

    @Test
    void aValidDefinitionIsRead() {
        DefinitionSet set = read(VALID);
        assertThat(set.problems()).isEmpty();
        TenantDefinition caf = set.tenants().get(0);
        assertThat(caf.path()).isEqualTo("caf");
        assertThat(caf.theme().accentColor()).isEqualTo("#0062ac");
        assertThat(caf.plugins().get("experiences").settings()).containsEntry("answerTargetDays", "7");
        assertThat(caf.organisation().flatten()).extracting(TenantDefinition.UnitDefinition::code)
                .containsExactly("cnaf", "caf-30", "caf-30-nimes");
        assertThat(caf.organisation().children().get(0).region()).as("région deduced from the département")
                .isEqualTo("76");
        assertThat(caf.demoAgents().get(0).email()).isEqualTo("agent@caf.demo.fr");
    }

    @Test
    void everyProblemNamesTheFileAndTheField() {
        String broken = VALID.replace("departement: \"30\"\n      children", "departement: \"977\"\n      children")
                .replace("accentColor: \"#0062ac\"", "accentColor: \"#aaccff\"")
                .replace("shortName: CAF", "shortName: CAF\nfavicon: x.ico")
                .replace("units: [caf-30-nimes]", "units: [caf-99]")
                .replace("answerTargetDays: \"7\"", "delaiCible: \"7\"");
        DefinitionSet set = read(broken);
        assertThat(set.valid()).isFalse();
        assertThat(set.problems()).extracting(DefinitionProblem::toString).allMatch(p -> p.startsWith("tenants/caf/tenant.yaml : "));
        assertThat(set.problems()).extracting(DefinitionProblem::field).contains(
                "organisation.children[0].departement", "theme.accentColor", "favicon", "demo.agents[0].units",
                "plugins.experiences.settings.delaiCible");
        assertThat(set.problems()).extracting(DefinitionProblem::message)
                .anySatisfy(m -> assertThat(m).contains("« 977 » n'est pas un code de département connu"))
                .anySatisfy(m -> assertThat(m).contains("contraste trop peu"));
    }

    @Test
    void aPlaceOutsideItsParentIsRefused() {
        String broken = VALID.replace("Accueil de Nîmes\n          departement: \"30\"",
                "Accueil de Nîmes\n          departement: \"34\"");
        assertThat(broken).isNotEqualTo(VALID);
        assertThat(read(broken).problems()).extracting(DefinitionProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("organisation.children[0].children[0].departement")
                        .contains("dans le 30"));
    }

    @Test
    void unreadableYamlSaysWhere() {
        DefinitionSet set = read("id: caf\nname: [unclosed\n");
        assertThat(set.problems()).singleElement().asString().contains("tenants/caf/tenant.yaml").contains("ligne");
    }

    @Test
    void duplicatesAcrossTenantsAreRefused() {
        DefinitionSet set = reader.read(List.of(file("caf", VALID), file("caf2", VALID.replace("id: caf", "id: caf2"))), null);
        assertThat(set.problems()).extracting(DefinitionProblem::message)
                .anySatisfy(m -> assertThat(m).contains("l'hôte « caf.localhost » est déjà utilisé"))
                .anySatisfy(m -> assertThat(m).contains("l'adresse « agent@caf.demo.fr » est déjà utilisé"));
    }

    @Test
    void theIdMustBeTheFolderName() {
        DefinitionSet set = reader.read(List.of(file("cnaf", VALID)), null);
        assertThat(set.problems()).singleElement().extracting(DefinitionProblem::field).isEqualTo("id");
    }

    @Test
    void unknownPluginsAreOnlyWarnedAbout() {
        DefinitionSet set = new TenantDefinitionReader(Map.of()).read(List.of(file("caf", VALID)), null);
        assertThat(set.problems()).isEmpty();
        assertThat(set.warnings()).singleElement().extracting(DefinitionProblem::field).isEqualTo("plugins.experiences");
    }
}
