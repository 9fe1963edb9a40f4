package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailDetectionTest {

    @Test
    void findsAddressesWithoutTheFinalFullStop() {
        assertThat(Found.in("Écrivez-moi à jean.dupont@gmail.com. Merci"))
                .containsExactly("EMAIL:jean.dupont@gmail.com");
        assertThat(Found.in("contact : m.lefevre+caf@mairie-nimes.gouv.fr"))
                .containsExactly("EMAIL:m.lefevre+caf@mairie-nimes.gouv.fr");
    }

    @Test
    void findsAddressesWithTheAtSignWrittenOut() {
        assertThat(Found.in("mon adresse : marie(at)free.fr ou marie [at] free.fr"))
                .containsExactly("EMAIL:marie(at)free.fr", "EMAIL:marie [at] free.fr");
    }

    @Test
    void ignoresWhatIsNotAnAddress() {
        assertThat(Found.in("Rendez-vous @ la mairie, twitter @caf_gard, adresse jean@localhost")).isEmpty();
    }
}
