package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;

/** The portal and a network's back office, as a person sees them in Chromium; no WCAG 2.1 A/AA violation. */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
class BackOfficeBrowserIT {

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

    private WebDriver open(String path) {
        WebDriver driver = browser.driver();
        driver.get(base + path);
        return driver;
    }

    @Test
    void thePortalHomeListsTheNetworksInFrench() {
        WebDriver driver = open("");
        assertThat(driver.getTitle()).isEqualTo("Accueil – Services Publics+");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(driver.findElement(By.id("reseaux")).getText()).contains("Réseau Alpha", "Réseau Beta");
        assertThat(driver.findElement(By.cssSelector(".fr-header .fr-logo")).getText()).containsIgnoringCase("République");
        browser.screenshot("portail-accueil");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    void aNetworksBackOfficeAsksForSignInThenOpens() {
        browser.signOut(base);
        WebDriver driver = open("t/alpha/");
        assertThat(driver.getCurrentUrl()).contains("/connexion?retour=");
        browser.type(By.id("connexion:email"), TestAccounts.ALPHA_AGENT);
        browser.type(By.id("connexion:motdepasse"), TestAccounts.PASSWORD);
        browser.submit(By.id("connexion:valider"));
        assertThat(driver.getCurrentUrl()).endsWith("/t/alpha/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");
        assertThat(driver.findElement(By.id("entites-rattachees")).getText()).contains("Direction régionale Alpha Occitanie");
        assertThat(driver.findElement(By.id("navigation")).getText()).contains("Notes d’essai");
        browser.screenshot("espace-agents-alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    void aPluginPageOpensFromTheNavigation() {
        browser.signOut(base);
        browser.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        WebDriver driver = open("t/alpha/");
        browser.submit(By.linkText("Notes d’essai"));
        assertThat(driver.getCurrentUrl()).endsWith("/t/alpha/essai/");
        assertThat(driver.findElement(By.id("salutation")).getText()).isEqualTo("Bonjour Alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    void anUnknownPageGetsTheFrenchNotFoundPage() {
        WebDriver driver = open("t/gamma/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page non trouvée");
        assertThat(driver.getPageSource()).doesNotContain("Caused by").doesNotContain("at org.");
        browser.screenshot("page-non-trouvee");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }
}
