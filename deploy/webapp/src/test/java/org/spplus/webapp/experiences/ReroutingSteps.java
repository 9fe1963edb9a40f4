package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spplus.webapp.experiences.ModerationReroutingBrowserIT.MOVE_REASON;
import static org.spplus.webapp.experiences.ModerationReroutingBrowserIT.TITLE;
import static org.spplus.webapp.experiences.ModerationReroutingBrowserIT.TRANSFER_REASON;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.Mailbox;
import org.spplus.webapp.TestAccounts;

/** The browser steps of {@link ModerationReroutingBrowserIT} (kept apart: Selenium is not in the deployment). */
final class ReroutingSteps {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ReroutingSteps() {
    }

    static void theModeratorSendsTheCaseToAnEntityFoundBySearch(URL base, long storyId) throws Exception {
        try (Browser browser = Browser.open()) {
            moveSteps(browser, base, storyId);
        }
    }

    private static void moveSteps(Browser browser, URL base, long storyId) throws Exception {
        WebDriver driver = browser.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        browser.open(base, "experiences/moderation/");
        browser.type(By.id("numero"), String.valueOf(storyId));
        browser.submit(By.id("ouvrir"));
        assertThat(driver.findElement(By.id("cas-reseaux")).getText())
                .contains("Réseau Alpha", "Direction nationale Alpha", "Nouvelle");
        assertThat(Accessibility.violations(driver)).isEmpty();

        browser.submit(By.id("reorientation:chercher"));
        assertThat(driver.getPageSource()).contains("Choisissez le cas à réorienter.");
        new Select(driver.findElement(By.id("reorientation:cas"))).selectByIndex(1);
        browser.type(By.id("reorientation:recherche"), "Nîmes");
        browser.submit(By.id("reorientation:chercher"));
        new Select(driver.findElement(By.id("reorientation:entite"))).selectByVisibleText("Accueil Alpha de Nîmes (Accueil)");
        browser.submit(By.id("reorientation:orienter"));
        assertThat(driver.getPageSource()).contains("Indiquez le motif de la réorientation.");
        assertThat(Accessibility.violations(driver)).isEmpty();
        browser.type(By.id("reorientation:motif"), MOVE_REASON);
        browser.submit(By.id("reorientation:orienter"));
        assertThat(driver.getPageSource()).contains("Le cas est réorienté");
        assertThat(driver.findElement(By.id("cas-reseaux")).getText()).contains("Accueil Alpha de Nîmes")
                .doesNotContain("Direction nationale Alpha");
        browser.screenshot("experiences-moderation-reorientation");
        browser.signOut(base);

        assertThat(awaitInboxMail(TestAccounts.ALPHA_AGENT, "Accueil Alpha de Nîmes")).contains("/t/alpha/experiences/cas?id=");
        browser.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        openCase(browser, base, "t/alpha/experiences/");
        assertThat(driver.findElement(By.id("orientations")).getText())
                .contains("Direction nationale Alpha → Accueil Alpha de Nîmes", MOVE_REASON, "Modération")
                .doesNotContain(TestAccounts.MODERATOR).doesNotContain("Modératrice de test");
        browser.signOut(base);
    }

    static void theModeratorTransfersItToAnotherNetworkWhoseNationalInboxReceivesIt(URL base, long storyId)
            throws Exception {
        try (Browser browser = Browser.open()) {
            transferSteps(browser, base, storyId);
        }
    }

    private static void transferSteps(Browser browser, URL base, long storyId) throws Exception {
        WebDriver driver = browser.signIn(base, TestAccounts.MODERATOR, TestAccounts.PASSWORD);
        browser.open(base, "experiences/moderation/experience?id=" + storyId);
        new Select(driver.findElement(By.id("reorientation:cas"))).selectByIndex(1);
        browser.type(By.id("reorientation:motif"), TRANSFER_REASON);
        new Select(driver.findElement(By.id("reorientation:reseau"))).selectByVisibleText("Réseau Alpha");
        browser.submit(By.id("reorientation:transferer"));
        assertThat(driver.getPageSource()).contains("Choisissez un autre réseau qui reçoit les expériences.");
        new Select(driver.findElement(By.id("reorientation:reseau"))).selectByVisibleText("Réseau Beta");
        browser.submit(By.id("reorientation:transferer"));
        assertThat(driver.getPageSource()).contains("Le cas est transféré");
        new WebDriverWait(driver, WAIT).until(d -> {
            browser.open(base, "experiences/moderation/experience?id=" + storyId);
            return d.findElement(By.id("cas-reseaux")).getText().contains("Direction nationale Beta");
        });
        assertThat(driver.findElement(By.id("cas-reseaux")).getText()).contains("Transférée", "Réseau Beta");
        assertThat(Accessibility.violations(driver)).isEmpty();
        browser.signOut(base);

        browser.signIn(base, TestAccounts.BETA_NATIONAL_MANAGER, TestAccounts.PASSWORD);
        openCase(browser, base, "t/beta/experiences/");
        assertThat(driver.findElement(By.id("orientations")).getText()).contains(TRANSFER_REASON, "Modération")
                .doesNotContain(TestAccounts.MODERATOR);
        browser.signOut(base);
    }

    private static void openCase(Browser browser, URL base, String inbox) {
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, WAIT).until(d -> {
            browser.open(base, inbox);
            return !d.findElements(By.linkText(TITLE)).isEmpty();
        });
        browser.submit(By.linkText(TITLE));
    }

    /** The text of the newest inbox mail to the agent about this story. */
    private static String awaitInboxMail(String to, String inbox) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < until) {
            Mailbox.Mail mail = Mailbox.await(to, "Nouvelle expérience dans la bannette « " + inbox + " »");
            if (mail.text().contains(TITLE)) {
                return mail.text();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No inbox mail about " + TITLE + " to " + to);
    }

}
