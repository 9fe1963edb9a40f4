package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NirDetectionTest {

    // Keys checked in NirValidatorTest: 1 85 05 78 006 084 -> 91, 2 90 03 2A 004 123 -> 20, 1 75 11 2B 033 045 -> 71.

    @Test
    void findsANumberWithAValidKeyWithOrWithoutSpaces() {
        assertThat(Found.in("Mon numéro est le 1 85 05 78 006 084 91, merci."))
                .containsExactly("NIR:1 85 05 78 006 084 91");
        assertThat(Found.in("numéro 185057800608491"))
                .containsExactly("NIR:185057800608491");
    }

    @Test
    void ignoresTheSameNumberWithAWrongKey() {
        assertThat(Found.in("Mon numéro de sécurité sociale est le 1 85 05 78 006 084 36.")).isEmpty();
        assertThat(Found.in("numéro 185057800608492")).isEmpty();
    }

    @Test
    void findsCorsicanNumbers() {
        assertThat(Found.in("né à Ajaccio : 2 90 03 2A 004 123 20"))
                .containsExactly("NIR:2 90 03 2A 004 123 20");
        assertThat(Found.in("né à Bastia : 1 75 11 2B 033 045 71"))
                .containsExactly("NIR:1 75 11 2B 033 045 71");
        assertThat(Found.in("né à Bastia : 1 75 11 2B 033 045 17")).isEmpty();
    }

    @Test
    void findsTheNumberWithoutKeyOnlyWhenAnnounced() {
        assertThat(Found.in("Mon numéro de sécu : 1 85 05 78 006 084"))
                .containsExactly("NIR:1 85 05 78 006 084");
        assertThat(Found.in("NIR 1850578006084")).containsExactly("NIR:1850578006084");
        assertThat(Found.in("Ma carte Vitale porte le 1850578006084")).containsExactly("NIR:1850578006084");
        assertThat(Found.in("Le dossier 1850578006084 est clos.")).isEmpty();
    }

    @Test
    void ignoresAnnouncedNumbersTooFarBefore() {
        assertThat(Found.in("Ma sécurité sociale m'a envoyé un courrier, il porte la référence 1850578006084"))
                .isEmpty();
    }

    @Test
    void aNumberInsideALongerRunOfDigitsIsNotANir() {
        assertThat(Found.in("code 18505780060849177")).isEmpty();
        assertThat(Found.in("code 1 85 05 78 006 084 91 12")).isEmpty();
    }
}
