package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameDetectionTest {

    @Test
    void findsACivilityFollowedByASurname() {
        assertThat(Found.in("Madame Durand m'a reçue, puis M. Martin."))
                .containsExactly("PERSON_NAME:Madame Durand", "PERSON_NAME:M. Martin");
        assertThat(Found.in("Le Dr Lefèvre et Me Dupont ; Mlle Dubois et monsieur Jean Dupont-Moretti."))
                .containsExactly("PERSON_NAME:Dr Lefèvre", "PERSON_NAME:Me Dupont", "PERSON_NAME:Mlle Dubois",
                        "PERSON_NAME:monsieur Jean Dupont-Moretti");
    }

    @Test
    void findsAFirstNameFollowedByASurname() {
        assertThat(Found.in("J'ai été reçue par Monique Durand."))
                .containsExactly("PERSON_NAME:Monique Durand");
        assertThat(Found.in("Signé DURAND Monique, et Monique D. pour la copie"))
                .containsExactly("PERSON_NAME:DURAND Monique", "PERSON_NAME:Monique D.");
        assertThat(Found.in("le docteur Jean-Luc Le Gall"))
                .containsExactly("PERSON_NAME:docteur Jean-Luc Le Gall");
    }

    @Test
    void findsAFirstNameAlone() {
        assertThat(Found.in("L'agent, Sophie, m'a aidée.")).containsExactly("PERSON_NAME:Sophie");
        assertThat(Found.in("Merci à Jean-Pierre et à Hélène.")) // a compound first name, accents
                .containsExactly("PERSON_NAME:Jean-Pierre", "PERSON_NAME:Hélène");
        assertThat(Found.in("Helene m'a rappelée.")).containsExactly("PERSON_NAME:Helene");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pierre", "Rose", "Olive", "Claire", "Constance", "France", "Victoire", "Prudence",
        "Aimé", "Florence"})
    void aFirstNameThatIsAlsoACommonWordIsFlaggedOnlyWithACivilityOrASurname(String name) {
        assertThat(Found.in(name + " est arrivée trop tard.")).isEmpty();
        assertThat(Found.in(name + " Durand est arrivée.")).containsExactly("PERSON_NAME:" + name + " Durand");
        assertThat(Found.in("Madame " + name + " est arrivée.")).containsExactly("PERSON_NAME:Madame " + name);
    }

    @Test
    void institutionsTownsAndTitlesAreNotNames() {
        assertThat(Found.in("J'ai appelé la Caf de Nîmes, puis Pôle emploi à Alès.")).isEmpty();
        assertThat(Found.in("France Travail et France Services à Florence ou à Nancy.")).isEmpty();
        assertThat(Found.in("Monsieur le Maire et Madame la Directrice ont répondu.")).isEmpty();
        assertThat(Found.in("la gare Saint-Charles, Saint Michel")).isEmpty();
    }

    @Test
    void wordsInLowerOrUpperCaseAreNotFirstNames() {
        assertThat(Found.in("une pierre, un rosier, SOPHIE A APPELÉ")).isEmpty();
    }
}
