package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressDetectionTest {

    @Test
    void findsAStreetWithItsPostalCodeAndTown() {
        assertThat(Found.in("J'habite 12 bis rue des Lilas 30000 Nîmes depuis dix ans."))
                .containsExactly("POSTAL_ADDRESS:12 bis rue des Lilas 30000 Nîmes");
        assertThat(Found.in("Au 14 boulevard Gambetta, 30000 Nîmes."))
                .containsExactly("POSTAL_ADDRESS:14 boulevard Gambetta, 30000 Nîmes");
    }

    @Test
    void findsAStreetNamedAfterSomeoneAsAnAddressNotAName() {
        assertThat(Found.in("Je suis allée au 3, avenue Jean Jaurès hier."))
                .containsExactly("POSTAL_ADDRESS:3, avenue Jean Jaurès");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "5 chemin du Moulin", "8 avenue du 8 Mai 1945", "2 place de l'Église", "12b impasse Victor Hugo",
        "40 av. Jean Moulin", "7 allée des Pins", "1 lieu-dit Les Crozes", "3 quai de la Fontaine",
        "10 rue de la paix", "22 Route de Montpellier"})
    void findsStreetTypesAndNames(String address) {
        assertThat(Found.in("C'est au " + address + ", au fond.")).containsExactly("POSTAL_ADDRESS:" + address);
    }

    @Test
    void findsPostalBoxes() {
        assertThat(Found.in("Écrire à BP 123 ou CS 12345 30900 Nîmes Cedex 9."))
                .containsExactly("POSTAL_ADDRESS:BP 123", "POSTAL_ADDRESS:CS 12345 30900 Nîmes Cedex 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Il habite au 3 rue.",
        "J'ai suivi 1 cours de français.",
        "Il y avait 2 places libres.",
        "Au 2 place de la mairie.",
        "La rue des Lilas est fermée.",
        "J'ai attendu 3 heures à la Caf de Nîmes."})
    void ignoresWhatIsNotAnAddress(String text) {
        assertThat(Found.in(text)).isEmpty();
    }
}
