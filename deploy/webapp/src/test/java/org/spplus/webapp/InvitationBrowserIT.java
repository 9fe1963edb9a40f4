package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;

/**
 * A network administrator invites an agent; the person opens the mailed link in their own browser,
 * chooses a password and lands in the network's back office. A used, unknown or expired invitation is
 * explained in French. The administrator then changes the agent's rights, deactivates and reactivates
 * them; the network's last administrator cannot be removed.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitationBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String NINA_EMAIL = "nina.nouvelle@alpha.test.spplus.fr";
    private static final String NINA = "Nina Nouvelle";
    private static final String NINA_PASSWORD = "Bannette-du-Gard-2025";
    private static final String OSCAR_EMAIL = "oscar.oublie@alpha.test.spplus.fr";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    /** The administrator's browser, and the invited person's own. */
    private static Browser admin;
    private static Browser invited;
    private static URI ninaLink;

    @BeforeAll
    static void openBrowsers() {
        admin = Browser.open();
        invited = Browser.open();
    }

    @AfterAll
    static void closeBrowsers() {
        admin.close();
        invited.close();
    }

    @Test
    @Order(1)
    void anAdministratorInvitesAnAgent() {
        signIn(admin, TestAccounts.ALPHA_ADMIN, TestAccounts.PASSWORD);
        WebDriver driver = admin.open(base, "t/alpha/administration/agents");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Agents");

        // nothing but a name: each missing piece is explained, the name kept
        admin.type(By.id("invitation:name"), NINA);
        submit(admin, By.id("invitation:inviter"));
        assertThat(admin.text(By.id("invitation-email-erreur")))
                .isEqualTo("Indiquez l’adresse électronique professionnelle de la personne invitée.");
        assertThat(admin.text(By.cssSelector("#invitation .fr-select-group .fr-error-text")))
                .isEqualTo("Rattachez la personne à au moins une entité.");
        assertThat(admin.text(By.id("invitation-nom-erreur"))).isEmpty();
        assertThat(value(admin, "invitation:name")).isEqualTo(NINA);
        assertThat(Accessibility.violations(driver)).isEmpty();

        invite(NINA_EMAIL, NINA, "Accueil Alpha de Nîmes");
        assertThat(admin.text(By.id("messages-page"))).contains("Invitation envoyée à " + NINA_EMAIL + ".");
        List<String> row = agentRow(NINA_EMAIL);
        assertThat(row.get(0)).isEqualTo(NINA);
        assertThat(row.get(2)).isEqualTo("Agent");
        assertThat(row.get(3)).isEqualTo("Accueil Alpha de Nîmes");
        assertThat(row.get(4)).isEqualTo("invitation en attente");
        assertThat(Accessibility.violations(driver)).isEmpty();

        Mailbox.Mail mail = Mailbox.await(NINA_EMAIL, "Invitation");
        assertThat(mail.subject()).isEqualTo("Invitation à l’espace agents ALPHA sur Services Publics+");
        assertThat(mail.text()).contains("Bonjour " + NINA, "Alice Alpha vous invite", "Réseau Alpha", "agent");
        ninaLink = mail.link("/invitation");
        assertThat(ninaLink.getQuery()).startsWith("jeton=");
    }

    @Test
    @Order(2)
    void theInvitedPersonChoosesAPasswordAndLandsInTheBackOffice() {
        WebDriver driver = invited.driver();
        driver.get(ninaLink.toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Première connexion");
        assertThat(driver.findElement(By.id("invitation-pour")).getText())
                .contains(NINA, NINA_EMAIL, "Réseau Alpha", "Alice Alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();

        invited.type(By.id("invitation:password"), NINA_PASSWORD);
        invited.type(By.id("invitation:passwordConfirmation"), NINA_PASSWORD + "!");
        submit(invited, By.id("invitation:valider"));
        assertThat(invited.text(By.id("invitation-mdp2-erreur"))).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(driver.getCurrentUrl()).doesNotContain("/t/alpha/");
        assertThat(driver.findElement(By.id("invitation-pour")).getText()).contains(NINA, "Réseau Alpha");
        assertThat(Accessibility.violations(driver)).isEmpty();

        invited.type(By.id("invitation:password"), NINA_PASSWORD);
        invited.type(By.id("invitation:passwordConfirmation"), NINA_PASSWORD);
        submit(invited, By.id("invitation:valider"));
        assertThat(driver.getCurrentUrl()).endsWith("/t/alpha/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");
        String header = driver.findElement(By.cssSelector(".fr-header__tools")).getText();
        assertThat(header).contains(NINA, "Espace agents ALPHA");
        assertThat(Accessibility.violations(driver)).isEmpty();

        // the administrator now sees an active agent
        admin.open(base, "t/alpha/administration/agents");
        assertThat(agentRow(NINA_EMAIL).get(4)).isEqualTo("actif");
    }

    @Test
    @Order(3)
    void aUsedLinkAndAMadeUpCodeAreExplained() {
        // signed out of the session the link opened (on the server's public address, as mailed)
        WebDriver driver = invited.driver();
        driver.get(ninaLink.getScheme() + "://" + ninaLink.getRawAuthority() + "/" + TestEnvironment.CONTEXT_ROOT + "/");
        submit(invited, By.id("deconnexion:bouton"));
        driver.manage().deleteAllCookies();
        driver.get(ninaLink.toString());
        assertThat(invited.text(By.id("invitation-probleme")))
                .isEqualTo("Cette invitation a déjà servi : connectez-vous avec votre adresse et votre mot de passe.");
        assertThat(driver.findElements(By.id("invitation:password"))).isEmpty();
        assertThat(Accessibility.violations(driver)).isEmpty();

        invited.open(base, "invitation");
        assertThat(invited.text(By.id("invitation-probleme"))).isEmpty();
        invited.type(By.id("code:jeton"), "ABCDEF-code-invente-123456");
        submit(invited, By.id("code:verifier"));
        assertThat(invited.text(By.id("invitation-probleme")))
                .isEqualTo("Ce code d’invitation n’est pas valide. Vérifiez qu’il a été copié en entier.");
        assertThat(value(invited, "code:jeton")).isEqualTo("ABCDEF-code-invente-123456");
        assertThat(Accessibility.violations(driver)).isEmpty();

        // the code of the mail, typed, works as the link does (it has been used: said so)
        String secret = secretOf(ninaLink);
        invited.type(By.id("code:jeton"), secret);
        submit(invited, By.id("code:verifier"));
        assertThat(invited.text(By.id("invitation-probleme"))).startsWith("Cette invitation a déjà servi");
    }

    @Test
    @Order(4)
    void anExpiredInvitationSaysWhatToDo() throws Exception {
        invite(OSCAR_EMAIL, "Oscar Oublié", "Alpha Hérault");
        URI link = Mailbox.await(OSCAR_EMAIL, "Invitation").link("/invitation");
        String secret = secretOf(link);

        // while valid, its code typed in the form opens the invitation
        invited.open(base, "invitation");
        invited.type(By.id("code:jeton"), secret);
        submit(invited, By.id("code:verifier"));
        assertThat(invited.text(By.id("invitation-pour"))).contains("Oscar Oublié", OSCAR_EMAIL);

        try (Connection c = TestEnvironment.get().connectAsSuperuser();
             PreparedStatement s = c.prepareStatement("update core_one_time_token set expires_at = now() - interval '1 hour' "
                     + "where token_hash = ?")) {
            s.setString(1, sha256(secret));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        WebDriver driver = invited.driver();
        driver.get(link.toString());
        assertThat(invited.text(By.id("invitation-probleme"))).isEqualTo(
                "Cette invitation a expiré. Demandez à l’administrateur de votre réseau de vous inviter à nouveau.");
        assertThat(driver.findElements(By.id("invitation:password"))).isEmpty();
        assertThat(Accessibility.violations(driver)).isEmpty();
    }

    @Test
    @Order(5)
    void theAdministratorChangesRightsDeactivatesAndReactivates() {
        WebDriver driver = admin.open(base, "t/alpha/administration/agents");
        submit(admin, By.cssSelector("#liste-agents a[aria-label='Modifier " + NINA + "']"));
        assertThat(driver.findElement(By.id("edition-titre")).getText()).isEqualTo("Modifier les droits de " + NINA);
        WebElement manager = driver.findElement(By.cssSelector("#edition input[type=checkbox][value=manager]"));
        assertThat(manager.isSelected()).isFalse();
        driver.findElement(By.cssSelector("label[for='" + manager.getAttribute("id") + "']")).click();
        Select units = new Select(driver.findElement(By.id("edition:units")));
        assertThat(units.getAllSelectedOptions()).extracting(WebElement::getText).containsExactly("Accueil Alpha de Nîmes");
        units.selectByVisibleText("Alpha Hérault");
        submit(admin, By.id("edition:enregistrer"));
        assertThat(admin.text(By.id("messages-page"))).contains("Les droits de l’agent ont été modifiés.");
        List<String> row = agentRow(NINA_EMAIL);
        assertThat(row.get(2)).contains("Agent", "Responsable");
        assertThat(row.get(3)).contains("Accueil Alpha de Nîmes", "Alpha Hérault");

        // the agent sees the change at the next page
        WebVisitor nina = WebVisitor.signedIn(base, NINA_EMAIL, NINA_PASSWORD);
        assertThat(nina.get("t/alpha/").statusCode()).isEqualTo(200);
        signIn(invited, NINA_EMAIL, NINA_PASSWORD);
        invited.open(base, "t/alpha/");
        assertThat(invited.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");

        submit(admin, By.cssSelector("#liste-agents a[aria-label='Désactiver " + NINA + "']"));
        assertThat(admin.text(By.id("messages-page"))).contains("L’agent est désactivé");
        assertThat(agentRow(NINA_EMAIL).get(4)).isEqualTo("désactivé");
        assertThat(nina.get("t/alpha/").statusCode()).isEqualTo(403);
        invited.open(base, "t/alpha/");
        assertThat(invited.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
        assertThat(Accessibility.violations(invited.driver())).isEmpty();

        submit(admin, By.cssSelector("#liste-agents a[aria-label='Réactiver " + NINA + "']"));
        assertThat(admin.text(By.id("messages-page"))).contains("L’agent est réactivé.");
        assertThat(agentRow(NINA_EMAIL).get(4)).isEqualTo("actif");
        assertThat(nina.get("t/alpha/").statusCode()).isEqualTo(200);
        invited.open(base, "t/alpha/");
        assertThat(invited.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Espace agents – ALPHA");
    }

    @Test
    @Order(6)
    void theLastNetworkAdministratorStays() {
        WebDriver driver = admin.open(base, "t/alpha/administration/agents");
        submit(admin, By.cssSelector("#liste-agents a[aria-label='Désactiver Alice Alpha']"));
        assertThat(admin.text(By.id("messages-page"))).contains("Le réseau doit garder au moins un administrateur actif.");
        assertThat(agentRow(TestAccounts.ALPHA_ADMIN).get(4)).isEqualTo("actif");
        assertThat(Accessibility.violations(driver)).isEmpty();

        submit(admin, By.cssSelector("#liste-agents a[aria-label='Modifier Alice Alpha']"));
        WebElement networkAdmin = driver.findElement(By.cssSelector("#edition input[type=checkbox][value='network-admin']"));
        WebElement agent = driver.findElement(By.cssSelector("#edition input[type=checkbox][value='agent']"));
        assertThat(networkAdmin.isSelected()).isTrue();
        driver.findElement(By.cssSelector("label[for='" + networkAdmin.getAttribute("id") + "']")).click();
        driver.findElement(By.cssSelector("label[for='" + agent.getAttribute("id") + "']")).click();
        submit(admin, By.id("edition:enregistrer"));
        assertThat(admin.text(By.cssSelector("#edition .fr-fieldset .fr-error-text")))
                .isEqualTo("Le réseau doit garder au moins un administrateur actif.");
        // what was ticked is still ticked, and nothing changed
        assertThat(driver.findElement(By.cssSelector("#edition input[type=checkbox][value='agent']")).isSelected()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#edition input[type=checkbox][value='network-admin']")).isSelected())
                .isFalse();
        assertThat(Accessibility.violations(driver)).isEmpty();
        submit(admin, By.id("edition:annuler"));
        assertThat(agentRow(TestAccounts.ALPHA_ADMIN).get(2)).isEqualTo("Administrateur du réseau");
        admin.open(base, "t/alpha/administration/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration du réseau");
    }

    // ---------------------------------------------------------------- helpers

    private void invite(String email, String name, String unit) {
        admin.open(base, "t/alpha/administration/agents");
        admin.type(By.id("invitation:email"), email);
        admin.type(By.id("invitation:name"), name);
        Select units = new Select(admin.driver().findElement(By.id("invitation:units")));
        units.deselectAll();
        units.selectByVisibleText(unit);
        submit(admin, By.id("invitation:inviter"));
    }

    /** Signs in and waits to be sent on (so that the next page opened is not overtaken by that redirect). */
    private void signIn(Browser browser, String email, String password) {
        browser.signIn(base, email, password);
        new WebDriverWait(browser.driver(), WAIT).until(d -> !d.getCurrentUrl().contains("/connexion"));
    }

    /** The cells of an agent's row in the list: name, address, roles, entities, state, actions. */
    private static List<String> agentRow(String email) {
        return admin.driver().findElements(By.cssSelector("#liste-agents tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .filter(cells -> cells.get(1).equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not in the list of agents"));
    }

    private static void submit(Browser browser, By button) {
        browser.submit(button);
    }

    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getDomProperty("value");
    }

    private static String secretOf(URI link) {
        return Arrays.stream(link.getRawQuery().split("&")).filter(p -> p.startsWith("jeton="))
                .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
