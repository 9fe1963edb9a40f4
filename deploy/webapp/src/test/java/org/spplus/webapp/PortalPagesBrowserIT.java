package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Mailbox;

/**
 * Every public page and every page of the identity and administration work, opened in Chromium as the
 * person who would see it, checked with axe-core (WCAG 2.1 A and AA: no violation) and photographed.
 * Run once per base theme: the build runs this class a second time with {@code platform.theme=neutre},
 * and the screenshots are named {@code <theme>-<page>}.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
class PortalPagesBrowserIT {

    private static final String THEME = System.getProperty("spplus.test.theme", "dsfr");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void thePublicPagesHaveNoAccessibilityViolation() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("accueil", "");
        pages.put("reseau", "reseau?id=alpha");
        pages.put("connexion", "connexion");
        pages.put("inscription", "inscription");
        pages.put("mot-de-passe-oublie", "mot-de-passe-oublie");
        pages.put("mot-de-passe-lien-invalide", "mot-de-passe/nouveau?jeton=inconnu");
        pages.put("confirmation-lien-invalide", "confirmation-adresse?jeton=inconnu");
        pages.put("invitation-code", "invitation");
        pages.put("invitation-lien-invalide", "invitation?jeton=inconnu");
        pages.put("contact", "contact");
        pages.put("accessibilite", "accessibilite");
        pages.put("mentions-legales", "mentions-legales");
        pages.put("donnees-personnelles", "donnees-personnelles");
        pages.put("plan-du-site", "plan-du-site");
        pages.put("aide", "aide");
        pages.put("essai-public", "essai/");
        pages.put("erreur-404", "page-qui-n-existe-pas");
        pages.put("erreur-500", "essai/panne");
        browser.signOut(base);
        checkAll(pages);
    }

    @Test
    void theHomePageSaysWhatThePlatformIsAndLeadsToEachNetwork() {
        WebDriver driver = browser.open(base, "");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Services Publics+");
        assertThat(driver.findElement(By.id("pied-de-page")).getText()).contains("Accessibilité : partiellement conforme");
        assertThat(driver.findElement(By.id("reseaux")).getText()).contains("Réseau Alpha", "Réseau Beta");
        assertThat(driver.getPageSource()).as("the test plugin's public entry").contains("/essai/");
        if (THEME.equals("dsfr")) {
            assertThat(driver.findElement(By.cssSelector(".fr-header .fr-logo")).getText()).containsIgnoringCase("République");
        } else {
            assertThat(driver.findElements(By.cssSelector(".fr-logo"))).as("no State brand in the neutral theme").isEmpty();
            assertThat(driver.getPageSource()).doesNotContain("/dsfr/").doesNotContain("Marianne");
        }

        new Select(driver.findElement(By.id("choix-reseau-id"))).selectByVisibleText("Réseau Alpha");
        browser.submit(By.id("choix-reseau-valider"));
        assertThat(driver.findElement(By.id("reseau-nom")).getText()).isEqualTo("Réseau Alpha");
        assertThat(driver.findElement(By.id("reseau-services")).getText()).contains("Essai");
        assertThat(browser.open(base, "reseau?id=inconnu").findElement(By.tagName("h1")).getText())
                .isEqualTo("Page non trouvée");
    }

    @Test
    void theHomePageExistsInEnglish() {
        WebDriver driver = browser.open(base, "langue?l=en&retour=/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("choix-reseau")).getText()).contains("Which public service");
        browser.screenshot(THEME + "-accueil-en");
        assertThat(Accessibility.violations(driver)).isEmpty();
        browser.open(base, "connexion");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(Accessibility.violations(driver)).isEmpty();
        browser.open(base, "langue?l=fr&retour=/");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    }

    @Test
    void theContactFormSendsTheMessageToThePlatformTeam() {
        WebDriver driver = browser.open(base, "contact");
        browser.type(By.id("contact:name"), "Jeanne Martin");
        browser.type(By.id("contact:email"), "jeanne.martin@exemple.fr");
        browser.submit(By.id("contact:envoyer"));
        assertThat(browser.text(By.id("contact-message-erreur"))).as("message missing").isNotBlank();
        assertThat(driver.findElement(By.id("contact:name")).getAttribute("value")).isEqualTo("Jeanne Martin");
        assertThat(Accessibility.violations(driver)).isEmpty();

        new Select(driver.findElement(By.id("contact:subject"))).selectByIndex(1);
        browser.type(By.id("contact:message"), "Bonjour, je ne trouve pas la page de mon réseau (" + THEME + ").");
        browser.submit(By.id("contact:envoyer"));
        assertThat(browser.text(By.id("contact-envoye"))).isNotBlank();
        Mailbox.Mail mail = Mailbox.await("contact@services-publics-plus.localhost", "[Contact]");
        assertThat(mail.text()).contains("jeanne.martin@exemple.fr").contains("(" + THEME + ")");
    }

    @Test
    void thePagesOfASignedInCitizenHaveNoViolation() {
        browser.signOut(base);
        browser.signIn(base, TestAccounts.CITIZEN, TestAccounts.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("compte", "compte/");
        pages.put("erreur-403", "plateforme/");
        checkAll(pages);
        browser.signOut(base);
    }

    @Test
    void theAdministrationConsoleHasNoViolation() {
        browser.signOut(base);
        browser.signIn(base, TestAccounts.ALPHA_ADMIN, TestAccounts.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("espace-agents", "t/alpha/");
        pages.put("administration", "t/alpha/administration/");
        pages.put("administration-organisation", "t/alpha/administration/organisation");
        pages.put("administration-agents", "t/alpha/administration/agents");
        pages.put("administration-modules", "t/alpha/administration/modules");
        pages.put("administration-apparence", "t/alpha/administration/apparence");
        pages.put("administration-journal", "t/alpha/administration/journal");
        pages.put("experiences-modeles-de-reponse", "t/alpha/experiences/modeles-de-reponse");
        checkAll(pages);
        WebDriver driver = browser.open(base, "t/alpha/administration/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.getPageSource()).contains("spplus-tenant-band").contains("Réseau Alpha");
        browser.signOut(base);
    }

    @Test
    void thePlatformConsoleHasNoViolation() {
        browser.signOut(base);
        browser.signIn(base, TestAccounts.PLATFORM_ADMIN, TestAccounts.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("plateforme", "plateforme/");
        pages.put("plateforme-courriels", "plateforme/courriels");
        checkAll(pages);
        assertThat(browser.open(base, "plateforme/").getPageSource()).contains("Réseau Alpha", "Réseau Beta");
        browser.signOut(base);
    }

    /** Opens each page, photographs it as {@code <theme>-<name>}, and collects every violation. */
    private void checkAll(Map<String, String> pages) {
        SoftAssertions soft = new SoftAssertions();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            WebDriver driver = browser.open(base, page.getValue());
            browser.screenshot(THEME + "-" + page.getKey());
            soft.assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(page.getKey()).isNotBlank();
            soft.assertThat(driver.getTitle()).as(page.getKey() + " title").endsWith("Services Publics+");
            soft.assertThat(driver.findElements(By.tagName("h1"))).as(page.getKey() + " has one h1").hasSize(1);
            soft.assertThat(driver.getPageSource()).as(page.getKey()).doesNotContain("Caused by").doesNotContain("at org.");
            Accessibility.violations(driver).forEach(v -> problems.add(page.getKey() + ": " + v));
        }
        soft.assertThat(problems).as("WCAG 2.1 A/AA violations").isEmpty();
        soft.assertAll();
    }
}
