package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Http;
import org.spplus.platform.testing.Mailbox;
import org.spplus.webapp.TestAccounts;
import org.spplus.webapp.TestDeployments;

/**
 * The other outcomes, in Chromium, with a citizen who has an account: a rewrite proposed by the moderation
 * and accepted by the author; a rejection with its reason; a transfer to another network, whose national
 * inbox receives it with the reason; an improvement action validated and public; and, with the test clock
 * eight days later, an escalation to the parent entity's manager for a story still unanswered.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperienceOutcomesBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String REWRITTEN = "Démarche en ligne impossible pour la prime";
    private static final String REJECTED = "Mon dossier numéro 12345 est bloqué";
    private static final String LATE = "Personne au téléphone pendant trois semaines";
    private static final String ACTION = "Une permanence téléphonique supplémentaire le mardi après-midi.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    private static Browser citizen;
    private static Browser staff;

    @BeforeAll
    static void openBrowsers() {
        citizen = Browser.open();
        staff = Browser.open();
    }

    @AfterAll
    static void closeBrowsers() {
        citizen.close();
        staff.close();
    }

    @Test
    @Order(1)
    void aSignedInCitizenTellsThreeStories() {
        citizen.signIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        tell(REWRITTEN, "Le site plantait à chaque fois que je voulais déclarer mes ressources pour la prime. "
                + "Ces abrutis ne répondent jamais !", "negatif");
        tell(REJECTED, "Je veux savoir quand mon dossier sera traité, je n'ai toujours pas de nouvelles.", "negatif");
        tell(LATE, "J'ai appelé tous les jours pendant trois semaines sans réussir à joindre quelqu'un.", "negatif");
        citizen.open(base, "experiences/mes-experiences");
        assertThat(citizen.text(By.id("mes-experiences"))).contains(REWRITTEN, REJECTED, LATE)
                .contains("En attente de modération");
        assertThat(Accessibility.violations(citizen.driver())).isEmpty();
    }

    @Test
    @Order(2)
    void theModerationProposesARewriteThatTheAuthorAccepts() {
        WebDriver driver = staff.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        review(REWRITTEN);
        assertThat(driver.findElement(By.id("detections")).getText()).contains("Propos injurieux");
        driver.findElement(By.id("decision:recit")).clear();
        driver.findElement(By.id("decision:recit")).sendKeys("Le site plantait à chaque fois que je voulais "
                + "déclarer mes ressources pour la prime d'activité, et je n'ai pas obtenu de réponse.");
        staff.submit(By.id("decision:proposer-reecriture"));
        assertThat(driver.getPageSource()).contains("message à l'auteur expliquant la réécriture");
        staff.type(By.id("decision:message"), "Nous avons retiré un propos injurieux.");
        staff.submit(By.id("decision:proposer-reecriture"));
        assertThat(driver.getPageSource()).contains("La réécriture est proposée à l'auteur");

        Mailbox.await(TestAccounts.CITIZEN, "réécriture");
        WebDriver author = citizen.open(base, "experiences/mes-experiences");
        citizen.submit(By.linkText(REWRITTEN));
        assertThat(author.findElement(By.id("texte-propose")).getText()).contains("prime d'activité");
        assertThat(Accessibility.violations(author)).isEmpty();
        citizen.screenshot("experiences-reecriture-proposee");
        citizen.submit(By.id("suivi:accepter"));
        assertThat(author.getPageSource()).contains("votre expérience est publiée");
        assertThat(author.findElement(By.id("statut")).getAttribute("textContent")).contains("Publiée");
    }

    @Test
    @Order(3)
    void theModerationRejectsAStoryWithItsReason() {
        WebDriver driver = staff.driver();
        review(REJECTED);
        staff.submit(By.id("decision:rejeter"));
        assertThat(driver.getPageSource()).contains("Choisissez le motif du rejet");
        new Select(driver.findElement(By.id("decision:motif")))
                .selectByVisibleText("Situation individuelle ou démarche en cours : à adresser directement au service");
        staff.type(By.id("decision:message"), "Pour une démarche en cours, contactez directement votre caisse.");
        staff.submit(By.id("decision:rejeter"));
        assertThat(driver.getPageSource()).contains("L'expérience est rejetée");

        Mailbox.Mail mail = Mailbox.await(TestAccounts.CITIZEN, "n'a pas pu être publiée");
        assertThat(mail.text()).contains("Situation individuelle", "contactez directement votre caisse");
        WebDriver author = citizen.open(base, "experiences/mes-experiences");
        citizen.submit(By.linkText(REJECTED));
        assertThat(author.findElement(By.id("rejet")).getText()).contains("contactez directement votre caisse");

        review(LATE);
        staff.submit(By.id("decision:publier"));
        staff.signOut(base);
    }

    @Test
    @Order(4)
    void anAgentTransfersAStoryToAnotherNetworkWhoseNationalInboxReceivesIt() {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        openCase(REWRITTEN, "t/alpha/experiences/");
        new Select(driver.findElement(By.id("orientation:reseau"))).selectByVisibleText("Réseau Beta");
        staff.submit(By.id("orientation:transferer"));
        assertThat(driver.getPageSource()).contains("Indiquez le motif de la réorientation");
        staff.type(By.id("orientation:motif"), "La prime relève du réseau Beta.");
        new Select(driver.findElement(By.id("orientation:reseau"))).selectByVisibleText("Réseau Beta");
        staff.submit(By.id("orientation:transferer"));
        assertThat(driver.getPageSource()).contains("transférée à l'autre réseau");
        staff.signOut(base);

        staff.signIn(base, TestAccounts.BETA_NATIONAL_MANAGER, TestAccounts.PASSWORD);
        openCase(REWRITTEN, "t/beta/experiences/");
        assertThat(driver.findElement(By.id("orientations")).getText()).contains("La prime relève du réseau Beta.");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.type(By.id("commentaires:commentaire-interne"), "Pris en charge par la direction nationale Beta.");
        staff.submit(By.id("commentaires:commenter"));
        assertThat(driver.findElement(By.id("liste-commentaires")).getText())
                .contains("Pris en charge par la direction nationale Beta.", "BETA – Direction nationale Beta");
        staff.signOut(base);

        // internal comments cross networks: the moderation and the first network see it, the public never
        staff.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        staff.open(base, "experiences/moderation/?reecritures=true");
        driver.get(citizenStoryModerationPath());
        assertThat(driver.findElement(By.id("liste-commentaires")).getText()).contains("Pris en charge par la direction nationale Beta.");
        staff.signOut(base);
        WebDriver visitor = citizen.open(base, "experiences/?q=prime");
        citizen.submit(By.linkText(REWRITTEN));
        assertThat(visitor.getPageSource()).doesNotContain("Pris en charge par la direction nationale Beta.");
    }

    @Test
    @Order(5)
    void anImprovementActionIsValidatedAndPublic() {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        openCase(LATE, "t/alpha/experiences/");
        staff.submit(By.id("actions:ajouter-action"));
        assertThat(driver.getPageSource()).contains("Indiquez la description de l'action");
        staff.type(By.id("actions:action"), ACTION);
        new Select(driver.findElement(By.id("actions:statut-action"))).selectByVisibleText("Prévue");
        staff.submit(By.id("actions:ajouter-action"));
        assertThat(driver.findElement(By.id("liste-actions")).getText()).contains(ACTION, "en attente de validation");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.signOut(base);

        staff.signIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        openCase(LATE, "t/alpha/experiences/");
        staff.submit(By.cssSelector("input[aria-label^='Valider et publier l']"));
        assertThat(driver.findElement(By.id("liste-actions")).getText()).contains("publiée");
        staff.signOut(base);

        WebDriver visitor = citizen.open(base, "experiences/actions?reseau=alpha");
        assertThat(visitor.findElement(By.id("actions-publiees")).getText()).contains(ACTION, LATE);
        assertThat(Accessibility.violations(visitor)).isEmpty();
        citizen.submit(By.linkText(LATE));
        assertThat(visitor.findElement(By.id("actions-amelioration")).getText()).contains(ACTION);
    }

    @Test
    @Order(6)
    void eightDaysLaterTheParentEntityManagerIsAlertedAndTheStoryShowsLate() throws Exception {
        testClock("avance=P8D");
        testClock("travail=experiences.escalations");
        Mailbox.Mail alert = Mailbox.await(TestAccounts.ALPHA_MANAGER, "Sans réponse après 7 jours");
        assertThat(alert.subject()).contains(LATE);
        assertThat(alert.text()).contains("Accueil Alpha de Nîmes", "/t/alpha/experiences/cas?id=");

        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        staff.open(base, "t/alpha/experiences/?retard=true");
        assertThat(driver.findElement(By.id("bannette")).getAttribute("textContent")).contains(LATE, "En retard");
        staff.signOut(base);
        testClock("remise=1");
    }

    @Test
    @Order(7)
    void theButtonAtTheEndOfAnOnlineProcedureBringsThatProcedureOnlyWhenItsLinkIsSigned() {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        staff.open(base, "t/alpha/experiences/bouton?demarche=caf-apl");
        String link = driver.findElement(By.id("lien-bouton")).getAttribute("href");
        assertThat(link).contains("reseau=alpha", "demarche=caf-apl", "signature=");
        assertThat(driver.findElement(By.id("code-bouton")).getAttribute("value")).contains(link, ".svg");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.signOut(base);

        WebDriver visitor = citizen.driver();
        visitor.get(link);
        citizen.type(By.id("assistant:titre"), "Après ma demande d'APL en ligne");
        citizen.type(By.id("assistant:recit"), "Le formulaire en ligne était clair.");
        new Select(visitor.findElement(By.id("assistant:vousEtes"))).selectByVisibleText("Un particulier");
        visitor.findElement(By.cssSelector("label[for='assistant:ressenti:0']")).click();
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));
        assertThat(WizardProcedures.ticked(visitor)).containsExactly("Aide personnalisée au logement (APL)");
    }

    @Test
    @Order(8)
    void aTamperedProcedureLinkBringsNoProcedure() {
        WebDriver visitor = citizen.driver();
        visitor.manage().deleteAllCookies();
        visitor.get(base + "experiences/deposer?reseau=alpha&demarche=caf-rsa&signature=contrefaite");
        citizen.type(By.id("assistant:titre"), "Lien modifié");
        citizen.type(By.id("assistant:recit"), "Un récit sans rapport avec une démarche.");
        new Select(visitor.findElement(By.id("assistant:vousEtes"))).selectByVisibleText("Un particulier");
        visitor.findElement(By.cssSelector("label[for='assistant:ressenti:1']")).click();
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));
        assertThat(WizardProcedures.ticked(visitor)).isEmpty();
    }

    /** Tells a story for network Alpha, service "Accueil Alpha de Nîmes", as the signed-in citizen. */
    private void tell(String title, String body, String feeling) {
        WebDriver driver = citizen.open(base, "experiences/deposer?reseau=alpha");
        citizen.type(By.id("assistant:titre"), title);
        citizen.type(By.id("assistant:recit"), body);
        new Select(driver.findElement(By.id("assistant:vousEtes"))).selectByVisibleText("Un particulier");
        String radio = driver.findElement(By.cssSelector("input[name='assistant:ressenti'][value='" + feeling + "']"))
                .getAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + radio + "']")).click(); // DSFR draws the radio on its label
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));
        driver.findElement(By.cssSelector("input[id$='recherche-service']")).sendKeys("Nîmes");
        citizen.submit(By.cssSelector("input[id$='chercher-service']"));
        citizen.submit(By.cssSelector("input[aria-label='Choisir Accueil Alpha de Nîmes']"));
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));
        assertThat(driver.findElements(By.id("assistant:email"))).as("no address asked when signed in").isEmpty();
        driver.findElement(By.cssSelector("label[for='assistant:charte']")).click();
        citizen.clickAndAwaitUpdate(By.id("assistant:envoyer"));
        assertThat(driver.findElement(By.id("experience-envoyee")).getText()).contains("bien été envoyée");
        citizen.submit(By.id("nouvelle"));
    }

    /** The moderation page of the rewritten story, from the citizen's public page address. */
    private String citizenStoryModerationPath() {
        WebDriver visitor = citizen.open(base, "experiences/?q=prime");
        String href = visitor.findElement(By.linkText(REWRITTEN)).getAttribute("href");
        return href.replace("/experiences/experience?id=", "/experiences/moderation/experience?id=");
    }

    private void review(String title) {
        staff.open(base, "experiences/moderation/");
        staff.submit(By.linkText(title));
    }

    private void openCase(String title, String inbox) {
        WebDriver driver = staff.driver();
        new WebDriverWait(driver, WAIT).until(d -> {
            staff.open(base, inbox);
            return !d.findElements(By.linkText(title)).isEmpty();
        });
        staff.submit(By.linkText(title));
    }

    private void testClock(String query) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Http.resolve(base, "test/horloge?" + query).toString()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
