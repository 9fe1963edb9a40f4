package org.spplus.plugin.experiences.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggesting procedures from the story a citizen wrote. */
class ProcedureSuggestionTest {

    private static final List<String> ALL = List.of();

    private final ProcedureCatalogue catalogue = new ProcedureCatalogue();

    // ------------------------------------------------------------------------------ realistic stories

    @Test
    void aLateHousingBenefitAfterAMove() {
        List<Suggestion> suggestions = suggest(
                "J'ai attendu trois mois le versement de mon APL après mon déménagement", ALL);

        assertThat(first(suggestions)).isEqualTo("caf-apl");
        assertThat(suggestions.get(0).matchedKeywords()).contains("apl");
        assertThat(suggestions.get(0).networkId()).isEqualTo("caf");
        assertThat(codes(suggestions)).contains("commun-changement-adresse");
        assertThat(first(suggest("J'ai attendu trois mois le versement de mon APL après mon déménagement",
                List.of("caf")))).isEqualTo("caf-apl");
    }

    @Test
    void aRegistrationCertificateSuggestsTheAntsNetwork() {
        List<Suggestion> suggestions = suggest("Impossible de joindre quelqu'un pour ma carte grise", ALL);

        assertThat(first(suggestions)).isEqualTo("ants-certificat-immatriculation");
        assertThat(suggestions.get(0).networkId()).isEqualTo("ants");
        assertThat(suggestions.get(0).matchedKeywords()).containsExactly("carte grise");
    }

    @Test
    void anUnpaidSickLeave() {
        assertThat(first(suggest("Mon arrêt maladie n'a pas été payé depuis six semaines", ALL)))
                .isEqualTo("am-indemnites-journalieres");
    }

    @Test
    void aMonthlyUpdateOnTheJobCentreSite() {
        List<Suggestion> suggestions = suggest(
                "L'actualisation sur le site de pôle emploi plantait tous les soirs, j'ai dû recommencer trois fois",
                ALL);

        assertThat(first(suggestions)).isEqualTo("ft-actualisation-mensuelle");
        assertThat(suggestions).extracting(Suggestion::networkId).containsOnly("france-travail");
    }

    @Test
    void aPositiveOnlinePreComplaint() {
        List<Suggestion> suggestions = suggest("Après le cambriolage de ma maison, j'ai fait une pré-plainte en "
                + "ligne un dimanche soir ; les gendarmes m'ont rappelé le lendemain matin. Très efficace, merci !",
                ALL);

        assertThat(codes(suggestions)).startsWith("gn-pre-plainte", "gn-depot-plainte");
        assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
    }

    @Test
    void aWithholdingTaxRateWrittenWithoutAccents() {
        assertThat(first(suggest("Je n'arrive pas a modifier mon taux de prelevement a la source sur impots.gouv",
                ALL))).isEqualTo("dgfip-prelevement-source");
    }

    @Test
    void aLostHealthInsuranceCard() {
        assertThat(first(suggest("Ma carte Vitale perdue n'a toujours pas été remplacée, malgré trois appels",
                ALL))).isEqualTo("am-carte-vitale");
    }

    @Test
    void aPassportDelayedByTheTownHall() {
        List<Suggestion> suggestions = suggest("Le renouvellement de mon passeport a pris quatre mois, la mairie "
                + "n'avait pas de rendez-vous avant l'été", ALL);

        assertThat(first(suggestions)).isEqualTo("ants-passeport");
        assertThat(codes(suggestions)).contains("ants-rendez-vous-mairie", "commun-rendez-vous");
    }

    @Test
    void anHolidayHomeWatch() {
        assertThat(first(suggest("Grâce à l'opération tranquillité vacances, les gendarmes sont passés devant "
                + "chez nous tout l'été. Rien à signaler, service impeccable.", ALL)))
                .isEqualTo("gn-operation-tranquillite-vacances");
    }

    @Test
    void anOverpaymentOfTheActiveSolidarityIncome() {
        List<Suggestion> suggestions = suggest(
                "Je touche le RSA et on me demande de rembourser un indu de 800 euros sans explication",
                List.of("caf"));

        assertThat(codes(suggestions).subList(0, 2)).containsExactlyInAnyOrder("caf-rsa", "caf-controle-indu");
    }

    @Test
    void aTaxNoticeWithAPropertyTaxMistake() {
        List<Suggestion> suggestions = suggest(
                "Ma feuille d'impôts est arrivée avec une erreur sur la taxe foncière", List.of("dgfip"));

        assertThat(codes(suggestions)).startsWith("dgfip-taxe-fonciere", "dgfip-avis-impot");
    }

    @Test
    void aStoryWithoutProcedureWordsSuggestsNothing() {
        assertThat(suggest("Personne ne m'a aidé, je suis très déçu et j'ai perdu mon temps.", ALL)).isEmpty();
        assertThat(suggest("Très bon accueil, l'agente était souriante et patiente, merci beaucoup.", ALL))
                .isEmpty();
        assertThat(suggest("Le volume de dossiers est énorme et plus personne ne répond.", ALL)).isEmpty();
        assertThat(suggest("", ALL)).isEmpty();
        assertThat(suggest(null, ALL)).isEmpty();
    }

    @Test
    void wordsMatchWholeNotInsideOtherWords() {
        assertThat(codes(suggest("Il a répondu avec beaucoup d'aplomb", ALL))).doesNotContain("caf-apl");
        assertThat(codes(suggest("Une volontaire m'a aidée à remplir le volet 2", ALL)))
                .doesNotContain("gn-depot-plainte");
    }

    @Test
    void elisionsPluralsAndPrefixesMatch() {
        assertThat(first(suggest("Le montant de l'APL a baissé", ALL))).isEqualTo("caf-apl");
        assertThat(first(suggest("J'ai reçu deux feuilles d'impot", ALL))).isEqualTo("dgfip-avis-impot");
        assertThat(codes(suggest("Nous avons déménagé en mars", ALL))).contains("commun-changement-adresse");
        assertThat(codes(suggest("Depuis le déménagement rien ne va", ALL))).contains("commun-changement-adresse");
    }

    @Test
    void theNetworksGivenRestrictTheSuggestions() {
        List<Suggestion> suggestions = suggest("Ma carte grise et mon APL, rien ne marche", List.of("caf"));

        assertThat(codes(suggestions)).contains("caf-apl").doesNotContain("ants-certificat-immatriculation");
        assertThat(suggestions).extracting(Suggestion::networkId).isSubsetOf("caf", Procedure.COMMON);
    }

    @Test
    void suggestionsAreSortedAndLimited() {
        String story = "Pôle emploi : inscription, actualisation, rendez-vous avec le conseiller, formation, "
                + "radiation puis trop-perçu à rembourser.";
        List<Suggestion> suggestions = suggest(story, ALL);

        assertThat(suggestions).hasSizeGreaterThan(3);
        assertThat(suggestions).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> b - a)
                .allMatch(score -> score >= ProcedureCatalogue.MIN_SCORE);
        assertThat(catalogue.suggest(story, ALL, 3)).isEqualTo(suggestions.subList(0, 3));
        assertThat(catalogue.suggest(story, ALL, 0)).isEmpty();
    }

    @Test
    void aKeywordCountsOnceHoweverOftenItIsRepeated() {
        int once = suggest("mon APL", ALL).get(0).score();

        assertThat(suggest("mon APL, APL, APL !", ALL).get(0).score()).isEqualTo(once);
    }

    // -------------------------------------------------------------------------------- scoring rules

    @Test
    void theLabelScoresMoreThanTheSameWordAsAKeyword() {
        ProcedureCatalogue small = small("x;x-a;Alpha;beta", "x;x-b;Gamma;alpha");

        List<Suggestion> suggestions = small.suggest("alpha", ALL, 5);

        assertThat(codes(suggestions)).containsExactly("x-a", "x-b");
        assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
    }

    @Test
    void aKeywordThatIsAWordOfTheLabelScoresMore() {
        ProcedureCatalogue small = small("x;x-a;Zoulou bravo;bravo", "x;x-b;Alpha delta;bravo");

        assertThat(codes(small.suggest("bravo", ALL, 5))).containsExactly("x-a", "x-b");
    }

    @Test
    void aPhraseScoresMoreThanOneOfItsWordsAndNeedsItsWordsInOrder() {
        ProcedureCatalogue small = small("x;x-a;Alpha;carte", "x;x-b;Beta;carte grise");

        assertThat(codes(small.suggest("ma carte grise", ALL, 5))).containsExactly("x-b", "x-a");
        assertThat(codes(small.suggest("une grise carte", ALL, 5))).containsExactly("x-a");
    }

    @Test
    void pluralsElisionsAndApostrophesAreTolerated() {
        ProcedureCatalogue small = small("x;x-a;Alpha;feuille d'impôt", "x;x-b;Beta;cheveux",
                "x;x-c;Gamma;taxe d'habitation");

        assertThat(codes(small.suggest("trois feuilles d'impots", ALL, 5))).containsExactly("x-a");
        assertThat(codes(small.suggest("un cheveu", ALL, 5))).containsExactly("x-b");
        assertThat(codes(small.suggest("la TAXE D’HABITATION, la taxe habitation", ALL, 5))).containsExactly("x-c");
        assertThat(small.suggest("un feuilleton, un chevalier", ALL, 5)).isEmpty();
    }

    @Test
    void aLongerWordScoresMoreThanAShortOne() {
        ProcedureCatalogue small = small("x;x-a;Alpha;rsa", "x;x-b;Beta;radiation");

        assertThat(codes(small.suggest("rsa et radiation", ALL, 5))).containsExactly("x-b", "x-a");
    }

    @Test
    void aWordInsideAMatchedPhraseOfTheSameProcedureDoesNotCountAgain() {
        ProcedureCatalogue small = small("x;x-a;Alpha;aide au logement|logement", "x;x-b;Beta;aide au logement");

        List<Suggestion> suggestions = small.suggest("mon aide au logement", ALL, 5);

        assertThat(suggestions).extracting(Suggestion::score).containsExactly(
                suggestions.get(1).score(), suggestions.get(1).score());
        assertThat(suggestions.get(0).matchedKeywords()).containsExactly("aide au logement");
        assertThat(small.suggest("aide au logement, un logement trop cher", ALL, 5).get(0).matchedKeywords())
                .containsExactly("aide au logement", "logement");
    }

    @Test
    void aKeywordSharedByMoreProceduresWeighsLess() {
        ProcedureCatalogue small = small("x;x-a;Alpha;impayé", "x;x-b;Beta;retard", "x;x-c;Gamma;retard");

        List<Suggestion> suggestions = small.suggest("retard impayé", ALL, 5);

        assertThat(first(suggestions)).isEqualTo("x-a");
        assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
    }

    @Test
    void aCommonProcedureComesAfterANetworksOwn() {
        ProcedureCatalogue small = small("*;c-a;Alpha;prise de rendez-vous", "x;x-b;Beta;prise de rendez-vous");

        assertThat(small.suggest("ma prise de rendez-vous", ALL, 5)).extracting(Suggestion::networkId)
                .containsExactly("x", Procedure.COMMON);
    }

    @Test
    void equalScoresAreSortedByLabel() {
        ProcedureCatalogue small = small("x;x-z;Zèbre;cheval de course", "x;x-e;Éléphant;cheval de course",
                "y;y-a;Antilope;cheval de course");

        assertThat(codes(small.suggest("un cheval de course", ALL, 5))).containsExactly("y-a", "x-e", "x-z");
    }

    // ------------------------------------------------------------------------------------- helpers

    private List<Suggestion> suggest(String story, Collection<String> networks) {
        return catalogue.suggest(story, networks, 10);
    }

    private static String first(List<Suggestion> suggestions) {
        assertThat(suggestions).isNotEmpty();
        return suggestions.get(0).procedure().code();
    }

    private static List<String> codes(List<Suggestion> suggestions) {
        return suggestions.stream().map(suggestion -> suggestion.procedure().code()).toList();
    }

    private static ProcedureCatalogue small(String... lines) {
        return ProcedureCatalogue.read(
                new StringReader("reseau;code;libelle;mots_cles\n" + String.join("\n", lines) + "\n"), "test");
    }
}
