package org.spplus.plugin.experiences.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped catalogue: its content, and looking procedures up and searching them. */
class ProcedureCatalogueTest {

    private static final List<String> NETWORKS = List.of("caf", "dgfip", "assurance-maladie", "france-travail",
            "ants", "gendarmerie");

    private final ProcedureCatalogue catalogue = new ProcedureCatalogue();

    @Test
    void everyNetworkHasAtLeastFifteenProceduresOfItsOwn() {
        assertThat(catalogue.networks()).containsExactlyInAnyOrderElementsOf(NETWORKS);
        List<Procedure> all = catalogue.forNetworks(List.of());
        for (String network : NETWORKS) {
            assertThat(all).filteredOn(procedure -> procedure.networkId().equals(network))
                    .as("procedures of %s", network).hasSizeGreaterThanOrEqualTo(15);
        }
        assertThat(all).filteredOn(Procedure::common).extracting(Procedure::label)
                .contains("Prise de rendez-vous", "Réclamation", "Changement d'adresse", "Accueil sans rendez-vous");
    }

    @Test
    void codesAreUniqueSlugsFoundByCode() {
        List<Procedure> all = catalogue.forNetworks(List.of());
        assertThat(all).extracting(Procedure::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        for (Procedure procedure : all) {
            assertThat(catalogue.byCode(procedure.code())).contains(procedure);
        }
        assertThat(catalogue.byCode(" CAF-APL ")).get().extracting(Procedure::label)
                .isEqualTo("Aide personnalisée au logement (APL)");
        assertThat(catalogue.byCode("caf-inconnue")).isEmpty();
        assertThat(catalogue.byCode(null)).isEmpty();
    }

    @Test
    void everyProcedureHasALabelAndKeywords() {
        for (Procedure procedure : catalogue.forNetworks(List.of())) {
            assertThat(procedure.label()).as(procedure.code()).isNotBlank();
            assertThat(procedure.keywords()).as(procedure.code()).hasSizeGreaterThanOrEqualTo(3)
                    .allMatch(keyword -> !keyword.isBlank());
        }
        assertThat(catalogue.byCode("ants-certificat-immatriculation")).get()
                .extracting(Procedure::keywords).asList().contains("carte grise");
    }

    @Test
    void proceduresAreImmutable() {
        Procedure apl = catalogue.byCode("caf-apl").orElseThrow();
        assertThatThrownBy(() -> apl.keywords().add("autre")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalogue.forNetworks(List.of()).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNetworkHasItsOwnAndTheCommonProceduresSortedByLabel() {
        List<Procedure> caf = catalogue.forNetworks(List.of("caf"));

        assertThat(caf).extracting(Procedure::networkId).containsOnly("caf", Procedure.COMMON);
        assertThat(caf).extracting(Procedure::code).contains("caf-apl", "caf-rsa", "commun-reclamation")
                .doesNotContain("dgfip-taxe-fonciere");
        assertThat(caf).extracting(procedure -> Folding.fold(procedure.label())).isSorted();
        assertThat(catalogue.forNetworks(List.of(" CAF "))).isEqualTo(caf);
    }

    @Test
    void severalNetworksOrNoneAtAll() {
        int all = catalogue.forNetworks(List.of()).size();
        int common = (int) catalogue.forNetworks(List.of()).stream().filter(Procedure::common).count();
        int caf = catalogue.forNetworks(List.of("caf")).size() - common;
        int ants = catalogue.forNetworks(List.of("ants")).size() - common;

        assertThat(catalogue.forNetworks(List.of("caf", "ants"))).hasSize(caf + ants + common);
        assertThat(catalogue.forNetworks(null)).hasSize(all);
        assertThat(catalogue.forNetworks(Set.of("reseau-inconnu"))).hasSize(common);
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        assertThat(catalogue.search("prelevement", List.of(), 5)).first().extracting(Procedure::label)
                .isEqualTo("Prélèvement à la source");
        assertThat(catalogue.search("PRÉLÈVEMENT À LA SOURCE", List.of(), 5)).first()
                .extracting(Procedure::code).isEqualTo("dgfip-prelevement-source");
    }

    @Test
    void searchFindsWordPrefixesInLabelsThenKeywords() {
        assertThat(catalogue.search("carte gri", List.of(), 10)).first().extracting(Procedure::code)
                .isEqualTo("ants-certificat-immatriculation");
        assertThat(catalogue.search("chomage", List.of(), 10)).extracting(Procedure::code).contains("ft-are");
        assertThat(catalogue.search("habitation", List.of(), 10)).extracting(Procedure::code)
                .containsExactly("dgfip-taxe-habitation-residence-secondaire");
        assertThat(catalogue.search("xyzzy", List.of(), 10)).isEmpty();
    }

    @Test
    void searchKeepsToTheNetworksAndTheLimit() {
        assertThat(catalogue.search("apl", List.of("dgfip"), 10)).isEmpty();
        assertThat(catalogue.search("apl", List.of("caf"), 10)).extracting(Procedure::code).containsExactly("caf-apl");
        assertThat(catalogue.search("attestation", List.of(), 2)).hasSize(2);
        assertThat(catalogue.search("attestation", List.of(), 0)).isEmpty();
        assertThat(catalogue.search("  ", List.of("gendarmerie"), 3))
                .isEqualTo(catalogue.forNetworks(List.of("gendarmerie")).subList(0, 3));
    }

    @Test
    void theShippedCatalogueIsSharedByInstances() {
        assertThat(new ProcedureCatalogue().forNetworks(List.of())).isSameAs(catalogue.forNetworks(List.of()));
    }
}
