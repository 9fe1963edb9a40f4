package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsultDetectionTest {

    @Test
    void findsInsultsWhateverTheirCaseAndAccents() {
        assertThat(Found.in("Bande de CONNARDS ! Espèce d'enculé, ENCULÉ, encule."))
                .containsExactly("INSULT:CONNARDS", "INSULT:enculé", "INSULT:ENCULÉ", "INSULT:encule");
    }

    @Test
    void findsInsultsWithRepeatedLetters() {
        assertThat(Found.in("Quel connnnnard, cette cooonne !"))
                .containsExactly("INSULT:connnnnard", "INSULT:cooonne");
    }

    @Test
    void findsExpressionsOfSeveralWords() {
        assertThat(Found.in("Ta gueule, fils-de-pute, va te faire foutre."))
                .containsExactly("INSULT:Ta gueule", "INSULT:fils-de-pute", "INSULT:va te faire foutre");
    }

    @Test
    void ambiguousWordsAreInsultsOnlyInTheirExpressions() {
        assertThat(Found.in("Ma chienne et une vache au pré, du porc au menu.")).isEmpty();
        assertThat(Found.in("Quelle grosse vache, ce sale porc !"))
                .containsExactly("INSULT:grosse vache", "INSULT:sale porc");
    }

    @Test
    void ignoresInnocentWordsContainingAnInsult() {
        assertThat(Found.in("Un concombre, une salopette, consulter, un cône, connaître, Conakry, la conne-xion."))
                .isEmpty();
    }

    @Test
    void repeatedLettersAloneDoNotMakeAnInsult() {
        // "cône" folds to "cone", which is "conne" once squeezed: without tripled letters this is no insult.
        assertThat(Found.in("Un cone de glace, coone")).isEmpty();
    }
}
