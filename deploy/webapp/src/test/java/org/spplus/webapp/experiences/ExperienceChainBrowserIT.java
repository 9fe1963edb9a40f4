package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
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
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.webapp.TestAccounts;
import org.spplus.webapp.TestDeployments;

/**
 * The whole chain of an experience, in Chromium: a citizen without an account tells their story through
 * the three steps, confirms it from the mail → a moderator publishes it with a light correction (a phone
 * number the detection highlighted) → it lands in the inbox of the chosen service → an agent drafts and
 * submits the answer → a manager validates it → the answer is public → the citizen rates it useful.
 * Every page is checked with axe-core.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperienceChainBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CITIZEN = "paul.usager@exemple.fr";
    private static final String TITLE = "Accueil attentif à Nîmes pour mon aide au logement";
    private static final String BODY = "Je suis venu à l'accueil de Nîmes pour mon dossier d'APL après un déménagement. "
            + "L'attente a été longue mais la personne m'a bien expliqué les pièces à fournir. "
            + "Vous pouvez me joindre au 06 12 34 56 78 si besoin.";
    private static final String CORRECTED = BODY.replace(" Vous pouvez me joindre au 06 12 34 56 78 si besoin.", "");
    private static final String ANSWER = "Merci pour votre témoignage. Nous avons renforcé l'accueil le lundi matin.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    private static Browser citizen;
    private static Browser staff;
    private static String storyPath;

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
    @Order(0)
    void theModeratorChoosesADailyDigest() {
        WebDriver driver = staff.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        staff.open(base, "experiences/notifications");
        assertThat(Accessibility.violations(driver)).isEmpty();
        driver.findElement(By.xpath("//label[contains(., 'résumé quotidien')]")).click();
        staff.submit(By.id("notifications:enregistrer"));
        assertThat(driver.getPageSource()).contains("Votre choix est enregistré");
        staff.signOut(base);
    }

    @Test
    @Order(1)
    void aCitizenWithoutAccountTellsTheirStoryInThreeSteps() {
        WebDriver driver = citizen.open(base, "experiences/deposer?reseau=alpha");
        assertThat(written(driver, By.id("reseau-preselectionne"))).contains("Réseau Alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();
        citizen.screenshot("experiences-assistant-etape1");

        // step 1, with a missing feeling first: refused, nothing typed is lost
        citizen.type(By.id("assistant:titre"), TITLE);
        citizen.type(By.id("assistant:recit"), BODY);
        new Select(driver.findElement(By.id("assistant:vousEtes"))).selectByVisibleText("Un particulier");
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));
        assertThat(driver.findElement(By.id("ressenti-erreur")).getText()).contains("ressenti");
        assertThat(driver.findElement(By.id("assistant:titre")).getAttribute("value")).isEqualTo(TITLE);
        assertThat(Accessibility.violations(driver)).isEmpty();
        driver.findElement(By.cssSelector("label[for='assistant:ressenti:0']")).click();
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));

        // step 2: the network is chosen; find the service; a suggested procedure; a channel
        assertThat(driver.findElement(By.id("etape-titre")).getText()).contains("Précisez organismes et démarches");
        assertThat(driver.findElement(By.cssSelector("input[name='assistant:reseaux'][value='alpha']")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("input[id$='recherche-service']")).sendKeys("Nîmes");
        citizen.submit(By.cssSelector("input[id$='chercher-service']"));
        citizen.submit(By.cssSelector("input[aria-label='Choisir Accueil Alpha de Nîmes']"));
        assertThat(driver.findElement(By.id("assistant:services")).getText()).contains("Service choisi : Accueil Alpha de Nîmes");
        assertThat(WizardProcedures.offered(driver)).as("suggested from the story").contains("Aide personnalisée au logement (APL)");
        assertThat(WizardProcedures.ticked(driver)).isEmpty();
        WizardProcedures.tick(driver, "Aide personnalisée au logement (APL)");
        assertThat(WizardProcedures.ticked(driver)).containsExactly("Aide personnalisée au logement (APL)");
        driver.findElement(By.xpath("//label[normalize-space()='Accueil physique']")).click();
        assertThat(Accessibility.violations(driver)).isEmpty();
        citizen.screenshot("experiences-assistant-etape2");
        citizen.clickAndAwaitUpdate(By.id("assistant:suivant"));

        // step 3: review, the address and postal code, the charter
        assertThat(driver.findElement(By.id("relecture")).getText()).contains(TITLE, "Accueil Alpha de Nîmes");
        citizen.type(By.id("assistant:email"), CITIZEN);
        citizen.type(By.id("assistant:codePostal"), "30000");
        citizen.clickAndAwaitUpdate(By.id("assistant:envoyer"));
        assertThat(driver.findElement(By.id("charte-erreur")).getText()).contains("charte");
        assertThat(driver.findElement(By.id("assistant:email")).getAttribute("value")).isEqualTo(CITIZEN);
        driver.findElement(By.cssSelector("label[for='assistant:charte']")).click();
        assertThat(Accessibility.violations(driver)).isEmpty();
        citizen.screenshot("experiences-assistant-etape3");
        citizen.clickAndAwaitUpdate(By.id("assistant:envoyer"));
        assertThat(driver.findElement(By.id("experience-envoyee")).getText()).contains("bien été envoyée");
    }

    @Test
    @Order(2)
    void theMailedLinkConfirmsTheAddress() {
        URI link = Mailbox.await(CITIZEN, "Confirmez l'envoi").link("/experiences/suivi");
        WebDriver driver = citizen.driver();
        driver.get(link.toString());
        assertThat(written(driver, By.id("statut"))).contains("confirmation");
        assertThat(Accessibility.violations(driver)).isEmpty();
        long moderatorMails = Mailbox.countTo(TestAccounts.MODERATOR);
        citizen.submit(By.id("suivi:confirmer"));
        assertThat(written(driver, By.id("statut"))).isEqualTo("En attente de modération");

        // the moderator chose the daily digest: no mail now, one digest the next morning
        assertThat(Mailbox.countTo(TestAccounts.MODERATOR)).isEqualTo(moderatorMails);
        testClock("avance=P1DT1H");
        testClock("travail=experiences.digest");
        Mailbox.Mail digest = Mailbox.await(TestAccounts.MODERATOR, "résumé quotidien");
        assertThat(digest.text()).contains("Nouvelle expérience à modérer", TITLE, "/experiences/moderation/experience?id=");
    }

    @Test
    @Order(3)
    void aModeratorPublishesItWithALightCorrection() {
        WebDriver driver = staff.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        staff.open(base, "experiences/moderation/");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.submit(By.linkText(TITLE));
        assertThat(driver.findElement(By.id("recit-surligne")).findElement(By.tagName("mark")).getText())
                .contains("06 12 34 56 78");
        assertThat(driver.findElement(By.id("detections")).getText()).contains("Numéro de téléphone");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.screenshot("experiences-moderation");
        driver.findElement(By.id("decision:recit")).clear();
        driver.findElement(By.id("decision:recit")).sendKeys(CORRECTED);
        staff.type(By.id("decision:message"), "Nous avons retiré votre numéro de téléphone.");
        staff.submit(By.id("decision:publier-corrige"));
        assertThat(driver.getPageSource()).contains("publiée avec vos corrections");
        staff.signOut(base);
    }

    @Test
    @Order(4)
    void itLandsInTheInboxOfTheChosenServiceWhereAnAgentDraftsTheAnswer() {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        new WebDriverWait(driver, WAIT).until(d -> {
            staff.open(base, "t/alpha/experiences/");
            return !d.findElements(By.linkText(TITLE)).isEmpty();
        });
        assertThat(written(driver, By.id("bannette"))).contains("Accueil Alpha de Nîmes", "Nouvelle");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.screenshot("experiences-bannette");
        staff.submit(By.linkText(TITLE));
        assertThat(driver.findElement(By.id("recit")).getText()).isEqualTo(CORRECTED);
        new Select(driver.findElement(By.xpath("//label[normalize-space()='Relation']/following-sibling::select")))
                .selectByVisibleText("Positif");
        new Select(driver.findElement(By.xpath("//form[@id='qualification']//label[normalize-space()='Accueil physique']"
                + "/following-sibling::select"))).selectByVisibleText("Positif");
        staff.type(By.id("qualification:amelioration"), "Renforcer l'accueil du lundi matin.");
        staff.submit(By.id("qualification:qualifier"));
        assertThat(driver.getPageSource()).contains("La qualification est enregistrée");
        assertThat(new Select(driver.findElement(By.xpath("//label[normalize-space()='Relation']/following-sibling::select")))
                .getFirstSelectedOption().getText()).isEqualTo("Positif");
        staff.type(By.id("reponse-form:reponse"), ANSWER);
        new Select(driver.findElement(By.id("reponse-form:statut"))).selectByVisibleText("Réponse apportée");
        staff.type(By.id("reponse-form:signature"), "L'accueil Alpha de Nîmes");
        staff.submit(By.id("reponse-form:enregistrer"));
        assertThat(driver.getPageSource()).contains("Brouillon enregistré");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.submit(By.id("reponse-form:soumettre"));
        assertThat(written(driver, By.id("etat-reponse"))).isEqualTo("Soumise à validation");
        staff.signOut(base);

        // the inbox, exported as the agent sees it (CSV for spreadsheets: ";" and a byte order mark)
        // it is written in the background: the page shows its progress, then offers the file to its owner only
        WebVisitor agent = WebVisitor.signedIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        java.net.http.HttpResponse<String> started = agent.submit("t/alpha/experiences/", "export", "export:csv", java.util.Map.of());
        assertThat(WebVisitor.isRedirect(started)).as("back to the inbox with the export").isTrue();
        String exportPage = relative(started.uri().resolve(started.headers().firstValue("Location").orElseThrow()));
        assertThat(exportPage).contains("export=");
        java.net.http.HttpResponse<String> page = agent.open(exportPage);
        for (int tries = 0; tries < 100 && !page.body().contains("id=\"export-pret\""); tries++) {
            assertThat(page.body()).contains("Export en cours").doesNotContain("export-echec");
            sleep(200);
            page = agent.open(exportPage);
        }
        assertThat(page.body()).contains("Votre fichier est prêt");
        java.net.http.HttpResponse<String> csv = agent.submitOn(page, "suivi-export", "suivi-export:telecharger", java.util.Map.of());
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .as(csv.statusCode() + " " + csv.body().substring(0, Math.min(300, csv.body().length())))
                .contains("bannette").contains(".csv");
        assertThat(csv.body()).contains("id_experience;titre;description", TITLE, "Accueil Alpha de Nîmes", "Positif")
                .doesNotContain(CITIZEN);
        WebVisitor manager = WebVisitor.signedIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        assertThat(manager.open(exportPage).body()).as("another person's export").contains("export-inconnu")
                .doesNotContain("suivi-export:telecharger");

        // in a browser, the progress is followed without reloading the page
        WebDriver browser = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        staff.open(base, "t/alpha/experiences/");
        staff.submit(By.id("export:xlsx"));
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("suivi-export:telecharger")).isEmpty());
        assertThat(browser.findElement(By.id("export-pret")).getText()).contains("XLSX");
        assertThat(Accessibility.violations(browser)).isEmpty();
        staff.screenshot("experiences-export-pret");
        staff.signOut(base);
    }

    private String relative(java.net.URI address) {
        try {
            return base.toURI().relativize(address).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    void aManagerValidatesAndTheAnswerIsPublic() {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        staff.open(base, "t/alpha/experiences/?statut=AWAITING_VALIDATION");
        staff.submit(By.linkText(TITLE));
        assertThat(driver.findElement(By.id("reponse-form:reponse")).getAttribute("value")).isEqualTo(ANSWER);
        staff.submit(By.id("reponse-form:valider"));
        assertThat(driver.findElement(By.id("reponse-publiee")).getText()).isEqualTo(ANSWER);

        // the manager's dashboard counts it: received, answered the same day, positive, "Accueil physique"
        staff.open(base, "t/alpha/experiences/tableau-de-bord");
        assertThat(driver.findElement(By.id("periode")).getText()).as("months in words")
                .matches(".* – \\p{L}+ \\d{4} → \\p{L}+ \\d{4}");
        assertThat(driver.findElement(By.id("recues")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("taux-reponse")).getText()).isEqualTo("100 %");
        assertThat(driver.findElement(By.id("delai-median")).getText()).isEqualTo("0");
        assertThat(driver.findElement(By.id("ressentis")).getText()).contains("Positif");
        assertThat(driver.findElement(By.id("canaux")).getText()).contains("Accueil physique");
        assertThat(driver.findElement(By.id("moderation")).getText()).contains("Publiée avec corrections légères")
                .as("moderation comes before any inbox: the table says it covers the whole network")
                .contains("Décisions de modération (tout le réseau)")
                .contains("ces décisions portent sur tout le réseau pendant la période");
        assertThat(driver.findElement(By.id("demarches")).getText()).contains("Aide personnalisée au logement");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.screenshot("experiences-tableau-de-bord");
        staff.signOut(base);

        WebDriver visitor = citizen.open(base, "experiences/?reseau=alpha&q=logement");
        assertThat(visitor.findElement(By.id("service")).isEnabled()).as("services offered within a network").isTrue();
        assertThat(Accessibility.violations(visitor)).isEmpty();
        visitor.get(base + "experiences/?q=logement");
        assertThat(Accessibility.violations(visitor)).isEmpty();
        citizen.screenshot("experiences-liste");
        citizen.submit(By.linkText(TITLE));
        storyPath = visitor.getCurrentUrl();
        assertThat(visitor.findElement(By.id("recit")).getText()).isEqualTo(CORRECTED).doesNotContain("06 12");
        assertThat(visitor.getPageSource()).contains(ANSWER, "Accueil Alpha de Nîmes").doesNotContain(CITIZEN);
        assertThat(Accessibility.violations(visitor)).isEmpty();
        citizen.screenshot("experiences-page-publique");
    }

    @Test
    @Order(6)
    void theCitizenIsToldAndRatesTheAnswerUseful() {
        Mailbox.Mail mail = Mailbox.await(CITIZEN, "a répondu");
        WebDriver driver = citizen.driver();
        driver.get(mail.link("/experiences/suivi").toString());
        assertThat(driver.findElement(By.id("difference")).getText()).contains("06 12 34 56 78");
        assertThat(driver.findElement(By.id("texte-publie")).getText()).doesNotContain("06 12");
        assertThat(Accessibility.violations(driver)).isEmpty();
        citizen.submit(By.cssSelector("input[id$='utile']:not([id$='pas-utile'])"));
        assertThat(driver.getPageSource()).contains("Merci pour votre avis");
        driver.get(storyPath);
        assertThat(driver.getPageSource()).contains("L'auteur a trouvé cette réponse utile");
    }

    @Test
    @Order(7)
    void anyVisitorSaysTheyHadASimilarExperienceOncePerBrowser() {
        WebDriver driver = staff.open(base, storyPath.substring(storyPath.indexOf("/experiences/") + 1));
        assertThat(driver.findElement(By.id("compte-similaire")).getText()).contains("Personne");
        driver.findElement(By.id("similaire:jai-vecu")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("deja-similaire")).isEmpty());
        assertThat(driver.findElement(By.id("compte-similaire")).getText()).contains("1 personne");
        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("similaire:jai-vecu"))).isEmpty();
    }

    @Test
    @Order(8)
    void theNetworkPageShowsItsFiguresWithTheAnswerAndItsRating() {
        WebDriver driver = citizen.open(base, storyPath.substring(storyPath.indexOf("/experiences/") + 1));
        citizen.submit(By.linkText("Réseau Alpha"));
        assertThat(driver.getCurrentUrl()).endsWith("/experiences/reseau?id=alpha");
        assertThat(driver.findElement(By.id("reseau")).getText()).isEqualTo("Réseau Alpha");
        // other test classes may have told stories to alpha: the figures count at least this one
        assertThat(Long.parseLong(driver.findElement(By.id("recues")).getText())).isPositive();
        assertThat(Long.parseLong(driver.findElement(By.id("repondues")).getText())).isPositive();
        assertThat(driver.findElement(By.id("taux-reponse")).getText()).matches("\\d+ %");
        assertThat(driver.findElement(By.id("delai-median")).getText()).matches("\\d+");
        assertThat(driver.findElement(By.id("utiles")).getText()).as("rated useful in step 6").matches("\\d+ %");
        assertThat(driver.findElement(By.id("ressentis")).getText()).contains("Positif");
        assertThat(driver.findElement(By.id("dernieres-experiences")).getText()).contains(TITLE);
        assertThat(driver.getPageSource()).doesNotContain(CITIZEN);
        assertThat(driver.findElement(By.id("toutes-experiences")).getAttribute("href")).endsWith("/experiences/?reseau=alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();
        citizen.screenshot("experiences-page-reseau");
        citizen.submit(By.id("toutes-experiences"));
        assertThat(driver.findElement(By.id("page-reseau")).getAttribute("href")).endsWith("/experiences/reseau?id=alpha");
    }

    private void testClock(String query) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(org.spplus.platform.testing.Http.resolve(base, "test/horloge?" + query))
                            .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels of the buttons in a list. */
    /** The text as written in the page (badges are shown in capitals by the design system). */
    private static String written(WebDriver driver, By element) {
        return driver.findElement(element).getAttribute("textContent").strip().replaceAll("\\s+", " ");
    }
}
