package org.spplus.plugin.experiences.moderation.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SensitiveContentDetectorTest {

    private static final String STORY = "Bonjour, je m'appelle Monique Durand et j'habite au 12 bis rue des Lilas "
            + "30000 Nîmes. Le 3 mars 2023, je me suis rendue à la Caf de Nîmes pour mon dossier RSA. L'agent, "
            + "Sophie, a été très aimable mais son collègue M. Martin m'a traitée de conne devant tout le monde ! "
            + "Vous pouvez me joindre au 06 12 34 56 78 ou par mail à monique.durand@orange.fr. Mon numéro de "
            + "sécurité sociale est 2 69 02 99 341 732 85 et mon RIB FR76 3000 6000 0112 3456 7890 189. J'ai "
            + "attendu 3 heures pour 2 minutes, pour une aide de 1 200 euros.";

    @Test
    void findsEveryKindInARealisticStoryInTheOrderOfTheText() {
        assertThat(Found.in(STORY)).containsExactly(
                "PERSON_NAME:Monique Durand",
                "POSTAL_ADDRESS:12 bis rue des Lilas 30000 Nîmes",
                "PERSON_NAME:Sophie",
                "PERSON_NAME:M. Martin",
                "INSULT:conne",
                "PHONE:06 12 34 56 78",
                "EMAIL:monique.durand@orange.fr",
                "NIR:2 69 02 99 341 732 85",
                "IBAN:FR76 3000 6000 0112 3456 7890 189");
    }

    @Test
    void findingsPointAtTheirTextInTheAnalysedText() {
        List<Finding> findings = Found.DETECTOR.detect(STORY);
        assertThat(findings).isNotEmpty().allSatisfy(f ->
                assertThat(STORY.substring(f.start(), f.end())).isEqualTo(f.text()));
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).start()).isGreaterThanOrEqualTo(findings.get(i - 1).end());
        }
    }

    @Test
    void nothingToFindInNullBlankOrHarmlessText() {
        assertThat(Found.DETECTOR.detect(null)).isEmpty();
        assertThat(Found.DETECTOR.detect("")).isEmpty();
        assertThat(Found.DETECTOR.detect("  \n\t ")).isEmpty();
        assertThat(Found.in("J'ai attendu 2 heures à la Caf de Nîmes, le 3 mars 2023. Personne ne m'a aidé."))
                .isEmpty();
    }

    @Test
    void theStrongerFindingWinsWhereTwoOverlap() {
        // "Sophie" alone would be a name, but it is part of the e-mail address.
        assertThat(Found.in("Écrire à Sophie.Durand@free.fr")).containsExactly("EMAIL:Sophie.Durand@free.fr");
        // "Jean Jaurès" would be a name, but it is part of the address.
        assertThat(Found.in("au 3 avenue Jean Jaurès")).containsExactly("POSTAL_ADDRESS:3 avenue Jean Jaurès");
        // A social security number is not also a phone number.
        assertThat(Found.in("sécu : 185057800608491")).containsExactly("NIR:185057800608491");
    }

    @Test
    void detectsTheSameFromSeveralThreads() throws Exception {
        List<String> expected = Found.in(STORY);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(pool.submit(() -> Found.in(STORY)));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void isAnApplicationScopedBeanWithAPublicNoArgumentConstructor() throws Exception {
        assertThat(SensitiveContentDetector.class.isAnnotationPresent(ApplicationScoped.class)).isTrue();
        assertThat(Modifier.isPublic(SensitiveContentDetector.class.getConstructor().getModifiers())).isTrue();
        assertThat(Modifier.isFinal(SensitiveContentDetector.class.getModifiers())).isFalse();
        assertThat(new SensitiveContentDetector().detect("Madame Durand")).hasSize(1);
    }

    @Test
    void findingsAreConsistent() {
        assertThatThrownBy(() -> new Finding(FindingKind.EMAIL, 3, 3, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(FindingKind.EMAIL, 0, 3, "ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Finding(null, 0, 2, "ab")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void kindsHaveFrenchLabelsAndOnlyInsultsAreNotPersonalData() {
        assertThat(FindingKind.EMAIL.label()).isEqualTo("Adresse e-mail");
        assertThat(FindingKind.PHONE.label()).isEqualTo("Numéro de téléphone");
        assertThat(FindingKind.NIR.label()).isEqualTo("Numéro de sécurité sociale");
        assertThat(FindingKind.IBAN.label()).isEqualTo("IBAN");
        assertThat(FindingKind.POSTAL_ADDRESS.label()).isEqualTo("Adresse postale");
        assertThat(FindingKind.PERSON_NAME.label()).isEqualTo("Nom de personne");
        assertThat(FindingKind.INSULT.label()).isEqualTo("Propos injurieux");
        assertThat(FindingKind.values()).filteredOn(k -> !k.isPersonalData()).containsExactly(FindingKind.INSULT);
    }
}
