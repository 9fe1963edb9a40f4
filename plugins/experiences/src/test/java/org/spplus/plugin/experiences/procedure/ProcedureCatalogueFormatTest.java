package org.spplus.plugin.experiences.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a catalogue: its format, and the line named when a line is malformed. */
class ProcedureCatalogueFormatTest {

    private static final String HEADER = "reseau;code;libelle;mots_cles\n";

    @Test
    void aWellFormedCatalogueIsRead() {
        ProcedureCatalogue catalogue = read("\uFEFF" + HEADER
                + "caf;caf-apl;Aide personnalisée au logement (APL);apl| aide au logement |déménag*\n"
                + "\n"
                + "*;commun-rdv;\"Prise de rendez-vous; en ligne\";\n");

        assertThat(catalogue.byCode("caf-apl")).contains(new Procedure("caf", "caf-apl",
                "Aide personnalisée au logement (APL)", List.of("apl", "aide au logement", "déménag*")));
        assertThat(catalogue.byCode("commun-rdv")).get().extracting(Procedure::label, Procedure::keywords)
                .containsExactly("Prise de rendez-vous; en ligne", List.of());
        assertThat(catalogue.networks()).containsExactly("caf");
    }

    @Test
    void aLineWithTooFewFieldsIsNamed() {
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;apl\ncaf;caf-rsa;RSA\n"))
                .isInstanceOf(ProcedureCatalogueException.class)
                .hasMessageContaining("line 3").hasMessageContaining("expected 4 fields")
                .extracting(e -> ((ProcedureCatalogueException) e).line()).isEqualTo(3L);
    }

    @Test
    void blankLinesStillCountInTheLineNumber() {
        assertThatThrownBy(() -> read(HEADER + "\n\ncaf;caf-apl;APL;apl;en trop\n"))
                .hasMessageContaining("test, line 4:");
    }

    @Test
    void aWrongOrMissingHeaderIsLineOne() {
        assertThatThrownBy(() -> read("network;code;label;keywords\ncaf;caf-apl;APL;apl\n"))
                .hasMessageContaining("line 1").hasMessageContaining("reseau;code;libelle;mots_cles");
        assertThatThrownBy(() -> read("")).hasMessageContaining("line 1");
    }

    @Test
    void aCodeUsedTwiceNamesBothLines() {
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;apl\ndgfip;dgfip-pas;PAS;taux\ncaf;caf-apl;Autre;x\n"))
                .hasMessageContaining("line 4").hasMessageContaining("already used on line 2");
    }

    @Test
    void malformedValuesAreNamed() {
        assertThatThrownBy(() -> read(HEADER + "caf;Caf APL;APL;apl\n")).hasMessageContaining("line 2")
                .hasMessageContaining("code");
        assertThatThrownBy(() -> read(HEADER + "CAF!;caf-apl;APL;apl\n")).hasMessageContaining("line 2")
                .hasMessageContaining("network");
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl; ;apl\n")).hasMessageContaining("line 2")
                .hasMessageContaining("label");
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;apl||loyer\n")).hasMessageContaining("line 2")
                .hasMessageContaining("empty keyword");
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;a*pl\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;ap*\n")).hasMessageContaining("line 2")
                .hasMessageContaining("prefix");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        assertThatThrownBy(() -> read(HEADER + "caf;caf-apl;APL;apl\ncaf;caf-rsa;\"RSA;rsa\n"))
                .isInstanceOf(ProcedureCatalogueException.class).hasMessageContaining("line 3");
    }

    private static ProcedureCatalogue read(String text) {
        return ProcedureCatalogue.read(new StringReader(text), "test");
    }
}
