package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.TestEnvironment;

/**
 * A citizen's account from start to end, in Chromium: sign-up and sign-in with the keyboard only, the
 * confirmation mail, the profile, a forgotten password, throttled guessing, and the deletion of the
 * account. Every refusal is a French message that keeps what was typed.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class CitizenAccountBrowserIT {

    private static final String EMAIL = "marianne.lefevre@exemple.fr";
    private static final String PASSWORD = "Tournesol-de-Juin-42";
    private static final String NEW_PASSWORD = "Coquelicot-Ete-2026";
    private static final String RESET_PASSWORD = "Lavande-Provence-7";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    private static Browser browser;

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.open();
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser().driver(), Duration.ofSeconds(seconds));
    }

    @Test
    @Order(1)
    void signUpRefusalsKeepWhatWasTyped() {
        WebDriver driver = browser().open(base, "inscription");
        browser.type(By.id("inscription:email"), EMAIL);
        browser.type(By.id("inscription:displayName"), "Marianne L.");
        browser.type(By.id("inscription:password"), PASSWORD);
        browser.type(By.id("inscription:passwordConfirmation"), PASSWORD + "x");
        browser.submit(By.id("inscription:valider"));

        assertThat(browser.text(By.id("inscription-mdp2-erreur"))).isNotBlank();
        assertThat(browser.text(By.id("inscription-cgu-erreur"))).as("terms not accepted").isNotBlank();
        assertThat(driver.findElement(By.id("inscription:email")).getAttribute("value")).isEqualTo(EMAIL);
        assertThat(driver.findElement(By.id("inscription:displayName")).getAttribute("value")).isEqualTo("Marianne L.");
        browser.screenshot("inscription-erreurs");
        assertThat(Accessibility.violations(driver)).isEmpty();

        browser.type(By.id("inscription:password"), "court");
        browser.submit(By.id("inscription:valider"));
        assertThat(browser.text(By.id("inscription-mdp-erreur"))).contains("au moins 12 caractères");
    }

    @Test
    @Order(2)
    void signUpWithTheKeyboardOnly() {
        Browser b = browser();
        b.open(base, "inscription");
        b.tabTo(By.id("inscription:email"), 60);
        b.keys(EMAIL, Keys.TAB, "Marianne L.", Keys.TAB, PASSWORD, Keys.TAB, PASSWORD, Keys.TAB);
        assertThat(b.focused().getAttribute("id")).isEqualTo("inscription:terms");
        b.keys(Keys.SPACE);
        b.tabTo(By.id("inscription:valider"), 3);
        b.keysAndWait(Keys.ENTER);

        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("inscription-envoyee")));
        assertThat(b.text(By.id("inscription-envoyee"))).contains("courriel");
        assertThat(Accessibility.violations(b.driver())).isEmpty();
    }

    @Test
    @Order(3)
    void anUnconfirmedAccountCannotSignInYet() {
        browser().signIn(base, EMAIL, PASSWORD);
        assertThat(browser.text(By.id("messages-page"))).contains("pas encore confirmée");
    }

    @Test
    @Order(4)
    void theConfirmationMailActivatesTheAccountOnce() {
        Mailbox.Mail mail = Mailbox.await(EMAIL, "Confirmez votre adresse");
        assertThat(mail.text()).contains("Bonjour Marianne L.");
        String link = mail.link("/confirmation-adresse").toString();

        browser().driver().get(link);
        browser.driver().get(link);
        assertThat(browser.text(By.id("confirmation-ok"))).as("opening the link does not confirm yet").isEmpty();
        assertThat(Accessibility.violations(browser.driver())).isEmpty();
        browser.submit(By.id("confirmation:valider"));
        assertThat(browser.text(By.id("confirmation-ok"))).contains("votre compte est actif");
        assertThat(Accessibility.violations(browser.driver())).isEmpty();

        browser.driver().get(link);
        assertThat(browser.text(By.id("confirmation-probleme"))).as("a used link").isNotBlank();
        assertThat(browser.text(By.id("confirmation-ok"))).isEmpty();
    }

    @Test
    @Order(5)
    void aWrongPasswordIsRefusedAndTheAddressKept() {
        WebDriver driver = browser().signIn(base, EMAIL, "Pas-le-bon-mot-2");
        assertThat(browser.text(By.id("messages-page"))).contains("Adresse électronique ou mot de passe incorrect.");
        assertThat(driver.findElement(By.id("connexion:email")).getAttribute("value")).isEqualTo(EMAIL);
        assertThat(driver.findElement(By.id("connexion:motdepasse")).getAttribute("value")).as("never echoed").isEmpty();
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    @Order(6)
    void signInWithTheKeyboardOnlyRenewsTheSession() {
        Browser b = browser();
        WebDriver driver = b.open(base, "connexion");
        Cookie before = driver.manage().getCookieNamed("SPPLUS_SESSION");
        assertThat(before).as("a session exists before signing in").isNotNull();
        assertThat(before.isHttpOnly()).isTrue();
        assertThat(before.getSameSite()).isEqualTo("Lax");

        b.tabTo(By.id("connexion:email"), 60);
        b.keys(EMAIL, Keys.TAB);
        assertThat(b.focused().getAttribute("id")).isEqualTo("connexion:motdepasse");
        b.keysAndWait(PASSWORD, Keys.ENTER);

        waitUpTo(20).until(ExpectedConditions.urlContains("/compte/"));
        assertThat(driver.findElement(By.id("adresse")).getText()).isEqualTo(EMAIL);
        Cookie after = driver.manage().getCookieNamed("SPPLUS_SESSION");
        assertThat(after.getValue()).as("session id renewed at sign-in").isNotEqualTo(before.getValue());
        assertThat(driver.findElement(By.id("aucune-contribution")).getText()).isNotBlank();
        b.screenshot("compte");
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    @Order(7)
    void theProfileAndPasswordCanBeChanged() {
        Browser b = browser();
        WebDriver driver = b.open(base, "compte/");
        b.type(By.id("profil:displayName"), "Marianne Lefèvre");
        browser.submit(By.id("profil:renommer"));
        assertThat(b.text(By.id("messages-page"))).contains("Votre nom a été modifié.");
        assertThat(b.text(By.cssSelector(".fr-header__tools"))).contains("Marianne Lefèvre");

        b.type(By.id("motdepasse:current"), "Pas-le-bon-mot-2");
        b.type(By.id("motdepasse:password"), NEW_PASSWORD);
        b.type(By.id("motdepasse:passwordConfirmation"), NEW_PASSWORD);
        browser.submit(By.id("motdepasse:changer"));
        assertThat(b.text(By.id("mdp-actuel-erreur"))).isNotBlank();
        assertThat(Accessibility.violations(driver)).isEmpty();

        b.type(By.id("motdepasse:current"), PASSWORD);
        b.type(By.id("motdepasse:password"), NEW_PASSWORD);
        b.type(By.id("motdepasse:passwordConfirmation"), NEW_PASSWORD);
        browser.submit(By.id("motdepasse:changer"));
        assertThat(b.text(By.id("messages-page"))).contains("Votre mot de passe a été changé.");
    }

    @Test
    @Order(8)
    void signingOutEndsTheSession() {
        Browser b = browser();
        b.open(base, "compte/");
        b.submit(By.id("deconnexion:bouton"));
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("deconnecte")));
        b.open(base, "compte/");
        assertThat(b.driver().getCurrentUrl()).contains("/connexion?retour=");
    }

    @Test
    @Order(9)
    void aForgottenPasswordIsResetThroughASingleUseLink() {
        Browser b = browser();
        WebDriver driver = b.open(base, "mot-de-passe-oublie");
        b.type(By.id("oubli:email"), EMAIL);
        browser.submit(By.id("oubli:valider"));
        assertThat(b.text(By.id("oubli-envoye"))).isNotBlank();

        String link = Mailbox.await(EMAIL, "Réinitialisation").link("/mot-de-passe/nouveau").toString();
        driver.get(link);
        b.type(By.id("nouveau:password"), RESET_PASSWORD);
        b.type(By.id("nouveau:passwordConfirmation"), "autre-chose");
        browser.submit(By.id("nouveau:valider"));
        assertThat(b.text(By.id("nouveau-mdp2-erreur"))).isNotBlank();
        assertThat(Accessibility.violations(driver)).isEmpty();

        b.type(By.id("nouveau:password"), RESET_PASSWORD);
        b.type(By.id("nouveau:passwordConfirmation"), RESET_PASSWORD);
        browser.submit(By.id("nouveau:valider"));
        assertThat(b.text(By.id("nouveau-ok"))).contains("Vous pouvez vous connecter");

        driver.get(link);
        assertThat(b.text(By.id("nouveau-probleme"))).as("the link works once").isNotBlank();
        assertThat(driver.findElements(By.id("nouveau:password"))).isEmpty();

        b.signIn(base, EMAIL, NEW_PASSWORD);
        assertThat(b.text(By.id("messages-page"))).as("the old password no longer works")
                .contains("mot de passe incorrect");
        b.signIn(base, EMAIL, RESET_PASSWORD);
        waitUpTo(20).until(ExpectedConditions.urlContains("/compte/"));
    }

    @Test
    @Order(10)
    void aForgottenPasswordRequestForAnUnknownAddressLooksTheSame() {
        Browser b = browser();
        long before = Mailbox.countTo("personne@exemple.fr");
        b.open(base, "mot-de-passe-oublie");
        b.type(By.id("oubli:email"), "personne@exemple.fr");
        b.submit(By.id("oubli:valider"));
        assertThat(b.text(By.id("oubli-envoye"))).as("no hint whether the account exists").isNotBlank();
        assertThat(Mailbox.countTo("personne@exemple.fr")).isEqualTo(before);
    }

    @Test
    @Order(11)
    void deletingTheAccountErasesItsPersonalData() {
        Browser b = browser();
        WebDriver driver = b.open(base, "compte/");
        b.type(By.id("suppression:confirmation"), "supprime");
        browser.submit(By.id("suppression:supprimer"));
        assertThat(b.text(By.id("suppression-erreur"))).contains("SUPPRIMER");
        assertThat(driver.findElement(By.id("suppression:confirmation")).getAttribute("value")).isEqualTo("supprime");
        assertThat(Accessibility.violations(driver)).isEmpty();

        b.type(By.id("suppression:confirmation"), "SUPPRIMER");
        browser.submit(By.id("suppression:supprimer"));
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("compte-supprime")));
        assertThat(driver.findElements(By.id("deconnexion:bouton"))).as("signed out").isEmpty();
        assertThat(Mailbox.await(EMAIL, "Votre compte a été supprimé").text()).contains("effacées");

        b.signIn(base, EMAIL, RESET_PASSWORD);
        assertThat(b.text(By.id("messages-page"))).contains("mot de passe incorrect");
    }

    @Test
    @Order(12)
    void theErasedAccountKeepsNoPersonalData() throws Exception {
        try (Connection c = TestEnvironment.get().connectAsSuperuser();
             PreparedStatement byAddress = c.prepareStatement("select count(*) from core_account where lower(email) = ?");
             PreparedStatement erased = c.prepareStatement("select email, display_name, password_hash, status "
                     + "from core_account where erased_at is not null order by erased_at desc limit 1")) {
            byAddress.setString(1, EMAIL);
            try (ResultSet rs = byAddress.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("the address is gone").isZero();
            }
            try (ResultSet rs = erased.executeQuery()) {
                assertThat(rs.next()).as("an erased account row stays for the published contributions").isTrue();
                assertThat(rs.getString("email")).doesNotContain("marianne").doesNotContain("exemple.fr");
                assertThat(rs.getString("display_name")).doesNotContain("Marianne");
                assertThat(rs.getString("password_hash")).isNull();
                assertThat(rs.getString("status")).isEqualTo("DELETED");
            }
        }
    }

    @Test
    @Order(13)
    void repeatedWrongPasswordsLockTheAccountForAWhile() {
        Browser b = browser();
        String guessed = "cible-des-essais@exemple.fr";
        for (int i = 0; i < 5; i++) {
            b.signIn(base, guessed, "Essai-numero-" + i + "-xyz");
            assertThat(b.text(By.id("messages-page"))).contains("mot de passe incorrect");
        }
        b.signIn(base, guessed, "Essai-numero-6-xyz");
        assertThat(b.text(By.id("messages-page"))).contains("Trop de tentatives de connexion")
                .contains("minutes");
        assertThat(b.driver().findElement(By.id("connexion:email")).getAttribute("value")).isEqualTo(guessed);
    }
}
