package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.core.theme.LogoCheck;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.FailureSnapshots;
import org.spplus.platform.testing.Mailbox;
import org.spplus.platform.testing.TestEnvironment;
import org.spplus.platform.testing.WebVisitor;

/**
 * A network administrator runs the network from the administration console in Chromium: organisation
 * tree, appearance, modules, audit log; a platform administrator lists and creates networks. Every
 * refusal is a French message beside the field, with what was typed kept; no WCAG 2.1 A/AA violation,
 * error states included.
 */
@ExtendWith({ArquillianExtension.class, FailureSnapshots.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TenantAdministrationBrowserIT {

    private static final String THEME = System.getProperty("spplus.test.theme", "dsfr") + "-";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final String NEW_NAME = "Réseau Alpha – Occitanie et Gard";
    private static final String NEW_ACCENT = "#6a1b9a";
    private static final String NEW_GREETING = "Bienvenue dans l’espace Alpha";

    private static final String SETE = "Accueil Alpha de Sète";
    private static final String SETE_RENAMED = "Point d’accueil Alpha de Sète";
    private static final String MOBILE = "Antenne mobile Alpha";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @ArquillianResource
    URL base;

    @TempDir
    static Path files;

    private static Browser browser;
    private static WebDriver driver;
    private static String signedIn;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
        driver = browser.driver();
    }

    /** Puts back what the other test classes of the run expect of Alpha (its name, colour, greeting). */
    @AfterAll
    static void closeBrowserAndRestoreAlpha() throws Exception {
        browser.close();
        try (Connection c = TestEnvironment.get().connectAsSuperuser()) {
            try (PreparedStatement s = c.prepareStatement("update core_tenant set name = 'Réseau Alpha', "
                    + "accent_color = '#1f4e8c', logo = null, logo_media_type = null where id = 'alpha'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update core_tenant_plugin set enabled = true, "
                    + "settings = '{\"greeting\":\"Bonjour Alpha\"}' where tenant_id = 'alpha' and plugin_id = 'essai'")) {
                s.executeUpdate();
            }
        }
    }

    // ---------------------------------------------------------------- administration home

    @Test
    @Order(1)
    void theAdministrationHomeLeadsToEveryTool() {
        signInAsAdmin();
        open("t/alpha/administration/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration du réseau");
        assertThat(driver.getTitle()).isEqualTo("Administration du réseau – ALPHA – Services Publics+");
        assertThat(driver.findElements(By.cssSelector(".fr-tile__title a"))).extracting(WebElement::getText)
                .containsExactly("Organisation", "Agents", "Modules", "Apparence", "Journal des actions");
        assertThat(driver.findElement(By.id("navigation")).getText()).contains("Administration");
        browser.screenshot(THEME + "administration-accueil");
        assertNoViolations();
    }

    // ---------------------------------------------------------------- organisation tree

    @Test
    @Order(2)
    void anEntityIsAddedUnderTheSelectedOneAndBadInputIsExplained() {
        signInAsAdmin();
        open("t/alpha/administration/organisation");
        assertThat(browser.text(By.id("aucune-selection"))).contains("Sélectionnez une entité");
        selectUnit("Alpha Hérault");
        assertThat(driver.findElement(By.id("entite-choisie")).getText()).isEqualTo("Modifier l’entité « Alpha Hérault »");

        addChild("alpha-34-sete", SETE, "Accueil", "34");
        assertThat(pageMessages()).contains("L’entité « " + SETE + " » a été créée.");
        assertThat(treeNames()).contains(SETE);
        assertThat(parentInTree(SETE)).isEqualTo("Alpha Hérault");

        // the same code again: refused beside the code field, the rest kept
        selectUnit("Alpha Hérault");
        addChild("alpha-34-sete", "Accueil Alpha de Sète bis", "Accueil", "34");
        assertThat(browser.text(By.id("ajout-code-erreur")))
                .isEqualTo("Le code « alpha-34-sete » est déjà utilisé dans ce réseau.");
        assertThat(pageMessages()).contains("Le formulaire contient des erreurs");
        assertThat(value("ajout:code")).isEqualTo("alpha-34-sete");
        assertThat(value("ajout:name")).isEqualTo("Accueil Alpha de Sète bis");
        assertThat(value("ajout:type")).isEqualTo("Accueil");
        assertThat(value("ajout:departement")).isEqualTo("34");
        assertThat(treeNames()).doesNotContain("Accueil Alpha de Sète bis");
        assertNoViolations();

        // a département that does not exist
        addChild("alpha-34-agde", "Accueil Alpha d’Agde", "Accueil", "96");
        assertThat(browser.text(By.id("ajout-dep-erreur")))
                .isEqualTo("« 96 » n’est pas un code de département (par exemple 30, 2A ou 971).");
        assertThat(value("ajout:code")).isEqualTo("alpha-34-agde");
        assertThat(value("ajout:name")).isEqualTo("Accueil Alpha d’Agde");
        assertThat(value("ajout:departement")).isEqualTo("96");
        assertThat(treeNames()).doesNotContain("Accueil Alpha d’Agde");
        browser.screenshot(THEME + "administration-organisation-erreurs");
        assertNoViolations();

        addChild("alpha-34-mobile", MOBILE, "Antenne", "");
        assertThat(pageMessages()).contains("L’entité « " + MOBILE + " » a été créée.");
        assertThat(parentInTree(MOBILE)).isEqualTo("Alpha Hérault");
    }

    @Test
    @Order(3)
    void anEntityIsRenamedAndAnEmptyNameIsRefused() {
        signInAsAdmin();
        open("t/alpha/administration/organisation");
        selectUnit(SETE);
        browser.type(By.id("edition:name"), SETE_RENAMED);
        submit(By.id("edition:enregistrer"));
        assertThat(pageMessages()).contains("L’entité a été modifiée.");
        assertThat(treeNames()).contains(SETE_RENAMED).doesNotContain(SETE);
        assertThat(driver.findElement(By.id("entite-choisie")).getText()).contains(SETE_RENAMED);

        driver.findElement(By.id("edition:name")).clear();
        browser.type(By.id("edition:type"), "Point d’accueil");
        submit(By.id("edition:enregistrer"));
        assertThat(browser.text(By.id("edition-nom-erreur"))).isEqualTo("Indiquez le nom de l’entité.");
        assertThat(value("edition:name")).isEmpty();
        assertThat(value("edition:type")).isEqualTo("Point d’accueil");
        assertThat(value("edition:departement")).isEqualTo("34");
        assertThat(treeNames()).contains(SETE_RENAMED);
        assertNoViolations();
    }

    @Test
    @Order(4)
    void anEntityMovesUnderAnotherParentButNeverUnderItsOwnDescendant() {
        signInAsAdmin();
        open("t/alpha/administration/organisation");
        selectUnit(SETE_RENAMED);
        new Select(driver.findElement(By.id("deplacement:parent"))).selectByVisibleText("Alpha Gard");
        submit(By.id("deplacement:deplacer"));
        assertThat(pageMessages()).contains("L’entité a été déplacée.");
        assertThat(parentInTree(SETE_RENAMED)).isEqualTo("Alpha Gard");
        // the form only offers parents that are not below the entity
        selectUnit(SETE_RENAMED);
        assertThat(new Select(driver.findElement(By.id("deplacement:parent"))).getOptions())
                .extracting(WebElement::getText).contains("Alpha Gard", MOBILE).doesNotContain(SETE_RENAMED);

        // meanwhile, in another tab, the mobile branch goes under Sète: the first tab's list is now stale
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("t/alpha/administration/organisation");
        selectUnit(MOBILE);
        new Select(driver.findElement(By.id("deplacement:parent"))).selectByVisibleText(SETE_RENAMED);
        submit(By.id("deplacement:deplacer"));
        assertThat(pageMessages()).as(browser.text(By.id("deplacement-erreur"))).contains("L’entité a été déplacée.");
        assertThat(parentInTree(MOBILE)).isEqualTo(SETE_RENAMED);
        driver.close();
        driver.switchTo().window(first);

        new Select(driver.findElement(By.id("deplacement:parent"))).selectByVisibleText(MOBILE);
        submit(By.id("deplacement:deplacer"));
        assertThat(browser.text(By.id("deplacement-erreur"))).isEqualTo("« " + SETE_RENAMED
                + " » ne peut pas être placée sous elle-même ou sous une entité qui en dépend.");
        // the page now shows the tree as it is, and no longer offers what became impossible
        assertThat(parentInTree(SETE_RENAMED)).isEqualTo("Alpha Gard");
        assertThat(parentInTree(MOBILE)).isEqualTo(SETE_RENAMED);
        assertThat(new Select(driver.findElement(By.id("deplacement:parent"))).getOptions())
                .extracting(WebElement::getText).contains("Alpha Gard").doesNotContain(MOBILE, SETE_RENAMED);
        assertNoViolations();
    }

    @Test
    @Order(5)
    void aClosedEntityHandsItsInboxToItsParentAndReopens() {
        signInAsAdmin();
        open("t/alpha/administration/organisation");
        selectUnit(SETE_RENAMED);
        assertThat(driver.findElement(By.id("etat")).getText()).contains("Sa bannette sera reprise par l’entité ouverte");
        submit(By.id("etat:fermer"));
        assertThat(pageMessages()).contains("« " + SETE_RENAMED + " » est fermée", "sa bannette est reprise par « Alpha Gard »");
        WebElement closed = treeItem(SETE_RENAMED);
        assertThat(closed.getAttribute("class")).contains("spplus-tree__item--closed");
        assertThat(closed.getDomProperty("textContent")).contains("fermée");
        assertThat(treeItem(MOBILE).getDomProperty("textContent")).doesNotContain("fermée");
        assertThat(driver.findElements(By.id("etat:rouvrir"))).hasSize(1);
        browser.screenshot(THEME + "administration-organisation");
        assertNoViolations();

        submit(By.id("etat:rouvrir"));
        assertThat(pageMessages()).contains("L’entité est rouverte.");
        assertThat(treeItem(SETE_RENAMED).getAttribute("class")).doesNotContain("spplus-tree__item--closed");
        assertThat(treeItem(SETE_RENAMED).getDomProperty("textContent")).doesNotContain("fermée");
        assertThat(driver.findElements(By.id("etat:fermer"))).hasSize(1);
    }

    // ---------------------------------------------------------------- modules

    @Test
    @Order(6)
    void aModuleSwitchedOffVanishesThenComesBackWithItsSetting() {
        signInAsAdmin();
        WebVisitor admin = WebVisitor.signedIn(base, TestAccounts.ALPHA_ADMIN, TestAccounts.PASSWORD);
        open("t/alpha/administration/modules");
        WebElement module = driver.findElement(By.id("module-essai"));
        assertThat(module.findElement(By.className("fr-card__title")).getDomProperty("textContent"))
                .contains("Notes d’essai", "Activé");
        assertThat(driver.findElement(By.id("navigation")).getText()).contains("Notes d’essai");
        assertNoViolations();

        submit(By.cssSelector("#module-essai input[aria-label='Désactiver Notes d’essai']"));
        assertThat(pageMessages()).contains("Le module « Notes d’essai » est désactivé.");
        assertThat(driver.findElement(By.cssSelector("#module-essai .fr-card__title")).getDomProperty("textContent"))
                .contains("Désactivé");
        assertThat(driver.findElement(By.id("navigation")).getText()).doesNotContain("Notes d’essai");
        assertThat(admin.get("t/alpha/essai/").statusCode()).isEqualTo(404);
        open("t/alpha/");
        assertThat(driver.findElement(By.id("navigation")).getText()).doesNotContain("Notes d’essai");
        open("t/alpha/essai/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page non trouvée");

        open("t/alpha/administration/modules");
        submit(By.cssSelector("#module-essai input[aria-label='Activer Notes d’essai']"));
        assertThat(pageMessages()).contains("Le module « Notes d’essai » est activé.");
        assertThat(driver.findElement(By.id("navigation")).getText()).contains("Notes d’essai");
        assertThat(admin.get("t/alpha/essai/").statusCode()).isEqualTo(200);

        WebElement greeting = driver.findElement(By.cssSelector("#module-essai input.fr-input"));
        assertThat(greeting.getDomProperty("value")).isEqualTo("Bonjour Alpha");
        String labelFor = greeting.getAttribute("id");
        assertThat(driver.findElement(By.cssSelector("label[for='" + labelFor + "']")).getText()).isNotBlank();
        browser.type(By.id(labelFor), NEW_GREETING);
        submit(By.cssSelector("#module-essai input[aria-label='Enregistrer les réglages Notes d’essai']"));
        assertThat(pageMessages()).contains("Les réglages du module « Notes d’essai » sont enregistrés.");
        assertThat(driver.findElement(By.cssSelector("#module-essai input.fr-input")).getDomProperty("value"))
                .isEqualTo(NEW_GREETING);

        driver.findElement(By.linkText("Notes d’essai")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/t/alpha/essai/"));
        assertThat(driver.findElement(By.id("salutation")).getText()).isEqualTo(NEW_GREETING);
    }

    // ---------------------------------------------------------------- appearance

    @Test
    @Order(7)
    void theAppearanceRefusesBadColoursAndFilesThenAppliesEverywhere() throws IOException {
        signInAsAdmin();
        Path text = Files.writeString(files.resolve("logo.txt"), "Ceci n’est pas une image.\n", StandardCharsets.UTF_8);
        Path big = noisePng(files.resolve("logo-trop-lourd.png"), 420, 320);
        assertThat(Files.size(big)).isGreaterThan(LogoCheck.MAX_BYTES);
        Path logo = logoPng(files.resolve("logo-alpha.png"));
        assertThat(Files.size(logo)).isLessThan(LogoCheck.MAX_BYTES);

        open("t/alpha/administration/apparence");
        assertThat(value("apparence:name")).isEqualTo("Réseau Alpha");
        assertThat(value("apparence:shortName")).isEqualTo("ALPHA");
        assertThat(value("apparence:accentColor")).isEqualTo("#1f4e8c");

        // yellow under white text: refused, with the ratio
        browser.type(By.id("apparence:name"), NEW_NAME);
        browser.type(By.id("apparence:accentColor"), "#ffff00");
        submit(By.id("apparence:enregistrer"));
        assertThat(browser.text(By.id("apparence-couleur-erreur"))).contains("1,1:1", "4,5:1");
        assertThat(value("apparence:name")).isEqualTo(NEW_NAME);
        assertThat(value("apparence:shortName")).isEqualTo("ALPHA");
        assertThat(value("apparence:accentColor")).isEqualTo("#ffff00");
        assertThat(bandName()).isEqualTo("Réseau Alpha");
        browser.screenshot(THEME + "administration-apparence-erreur");
        assertNoViolations();

        // a text file is not a logo
        browser.type(By.id("apparence:accentColor"), NEW_ACCENT);
        driver.findElement(By.id("apparence:logo")).sendKeys(text.toString());
        submit(By.id("apparence:enregistrer"));
        assertThat(browser.text(By.id("apparence-logo-erreur"))).isEqualTo("« logo.txt » n’est pas une image PNG, JPEG ou SVG.");
        assertThat(value("apparence:name")).isEqualTo(NEW_NAME);
        assertThat(value("apparence:accentColor")).isEqualTo(NEW_ACCENT);
        assertThat(browser.text(By.id("apparence-couleur-erreur"))).isEmpty();
        assertNoViolations();

        // nor is an image over the limit
        driver.findElement(By.id("apparence:logo")).sendKeys(big.toString());
        submit(By.id("apparence:enregistrer"));
        assertThat(browser.text(By.id("apparence-logo-erreur")))
                .isEqualTo("Le logo pèse " + Files.size(big) / 1024 + " ko : 200 ko au plus.");
        assertThat(value("apparence:name")).isEqualTo(NEW_NAME);
        assertThat(value("apparence:accentColor")).isEqualTo(NEW_ACCENT);
        assertThat(bandName()).isEqualTo("Réseau Alpha");

        // the preview shows the tokens before anything is saved
        submitAjax(By.id("apparence:previsualiser"), By.id("apercu-bandeau"), NEW_NAME);
        assertThat(backgroundOf("#apercu-bandeau")).isEqualTo("rgb(106, 27, 154)");
        assertThat(bandName()).isEqualTo("Réseau Alpha");
        assertThat(backgroundOf(".spplus-tenant-band")).isEqualTo("rgb(31, 78, 140)");

        driver.findElement(By.id("apparence:logo")).sendKeys(logo.toString());
        submit(By.id("apparence:enregistrer"));
        assertThat(pageMessages()).contains("L’apparence du réseau est enregistrée.");
        assertThat(browser.text(By.id("apparence-logo-erreur"))).isEmpty();
        assertThat(bandName()).isEqualTo(NEW_NAME);
        assertThat(value("apparence:accentColor")).isEqualTo(NEW_ACCENT);
        browser.screenshot(THEME + "administration-apparence");
        assertNoViolations();

        // and on every back-office page: the band's name, logo and colour
        open("t/alpha/");
        assertThat(bandName()).isEqualTo(NEW_NAME);
        assertThat(backgroundOf(".spplus-tenant-band")).isEqualTo("rgb(106, 27, 154)");
        WebElement img = driver.findElement(By.cssSelector(".spplus-tenant-band img.spplus-tenant-band__logo"));
        new WebDriverWait(driver, WAIT).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0", img)).intValue() > 0);
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", img))
                .intValue()).isEqualTo(160);
        HttpResponse<byte[]> served = fetchBytes(URI.create(img.getAttribute("src")));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        assertThat(served.body()).isEqualTo(Files.readAllBytes(logo));
        open("t/alpha/administration/organisation");
        assertThat(bandName()).isEqualTo(NEW_NAME);
        assertThat(driver.findElements(By.cssSelector(".spplus-tenant-band img.spplus-tenant-band__logo"))).hasSize(1);
    }

    // ---------------------------------------------------------------- agents page (looked at here, used in InvitationBrowserIT)

    @Test
    @Order(8)
    void theAgentsPageListsTheNetworksAgents() {
        signInAsAdmin();
        open("t/alpha/administration/agents");
        String list = driver.findElement(By.id("liste-agents")).getText();
        assertThat(list).contains(TestAccounts.ALPHA_ADMIN, TestAccounts.ALPHA_AGENT, TestAccounts.ALPHA_MANAGER)
                .doesNotContain(TestAccounts.BETA_AGENT);
        browser.screenshot(THEME + "administration-agents");
        assertNoViolations();
    }

    // ---------------------------------------------------------------- audit log

    @Test
    @Order(9)
    void theAuditLogListsTheChangesAboveWithWhoAndWhen() {
        signInAsAdmin();
        open("t/alpha/administration/journal");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Journal des actions");
        List<List<String>> rows = driver.findElements(By.cssSelector("#journal tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        // who: the administrator; when: French time, the newest a moment ago
        List<List<String>> mine = rows.stream().filter(r -> r.get(1).equals(TestAccounts.ALPHA_ADMIN)).toList();
        assertThat(mine).isNotEmpty();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        LocalDateTime newest = LocalDateTime.parse(mine.get(0).get(0), when);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris"));
        assertThat(newest).isBetween(now.minusMinutes(10), now.plusMinutes(1));
        // what, on which object, with the details
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Entité créée").contains("organisation.unit.created");
            assertThat(r.get(3)).contains("alpha-34-sete");
        });
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Entité modifiée");
            assertThat(r.get(4)).contains(SETE_RENAMED);
        });
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Entité déplacée");
            assertThat(r.get(3)).contains("alpha-34-sete");
            assertThat(r.get(4)).contains("alpha-30");
        });
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Entité fermée");
            assertThat(r.get(4)).contains("alpha-30");
        });
        assertThat(mine).extracting(r -> r.get(2).lines().findFirst().orElse("")).contains("Entité rouverte",
                "Module désactivé", "Module activé", "Réglages d’un module modifiés", "Apparence modifiée");
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Réglages d’un module modifiés");
            assertThat(r.get(4)).contains(NEW_GREETING);
        });
        assertThat(mine).anySatisfy(r -> {
            assertThat(r.get(2)).startsWith("Apparence modifiée");
            assertThat(r.get(4)).contains(NEW_NAME, NEW_ACCENT, "logo-alpha.png");
        });
        assertNoViolations();
    }

    // ---------------------------------------------------------------- platform administration

    @Test
    @Order(10)
    void aPlatformAdministratorCreatesANetworkWhoseAdministratorIsInvited() {
        signedIn = null;
        signOut();
        signIn(TestAccounts.PLATFORM_ADMIN);
        open("plateforme/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration de la plateforme");
        String networks = driver.findElement(By.id("reseaux-plateforme")).getText();
        assertThat(networks).contains("alpha", NEW_NAME, "beta", "Réseau Beta", "essai");
        assertNoViolations();

        // an identifier already taken
        fillNetwork("alpha", "Réseau Doublon", "DOUBLON", "doublon-national", "Direction nationale Doublon",
                "admin@doublon.test.spplus.fr", "Denise Doublon");
        submit(By.id("creation:creer"));
        assertThat(browser.text(By.id("creation-id-erreur"))).isEqualTo("Ce réseau existe déjà.");
        assertThat(value("creation:name")).isEqualTo("Réseau Doublon");
        assertThat(value("creation:adminEmail")).isEqualTo("admin@doublon.test.spplus.fr");
        assertNoViolations();

        fillNetwork("epsilon", "Réseau Epsilon", "EPSILON", "epsilon-national", "Direction nationale Epsilon",
                "admin@epsilon.test.spplus.fr", "Émile Epsilon");
        submit(By.id("creation:creer"));
        assertThat(pageMessages()).contains("Le réseau « Réseau Epsilon » est créé ; son administrateur a reçu une invitation.");
        assertThat(driver.findElement(By.id("reseaux-plateforme")).getText()).contains("Réseau Epsilon", "EPSILON", "epsilon");
        assertThat(value("creation:id")).isEmpty();

        Mailbox.Mail mail = Mailbox.await("admin@epsilon.test.spplus.fr", "Invitation");
        assertThat(mail.subject()).contains("EPSILON");
        assertThat(mail.text()).contains("Émile Epsilon", "Réseau Epsilon", "administrateur du réseau");
        URI link = mail.link("/invitation");

        // a new network is active: it is listed on the public home page
        signOut();
        open("");
        assertThat(driver.findElement(By.id("reseaux")).getText()).contains("Réseau Epsilon", NEW_NAME, "Réseau Beta");

        // its administrator accepts and reaches its administration (on the server's public address, as mailed)
        String mailedBase = link.getScheme() + "://" + link.getRawAuthority() + "/" + TestEnvironment.CONTEXT_ROOT + "/";
        driver.get(link.toString());
        assertThat(driver.findElement(By.id("invitation-pour")).getText()).contains("Émile Epsilon", "Réseau Epsilon");
        browser.type(By.id("invitation:password"), "Epsilon-2025-mot-de-passe");
        browser.type(By.id("invitation:passwordConfirmation"), "Epsilon-2025-mot-de-passe");
        submit(By.id("invitation:valider"));
        assertThat(driver.getCurrentUrl()).endsWith("/t/epsilon/");
        driver.get(mailedBase + "t/epsilon/administration/organisation");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Organisation");
        assertThat(treeNames()).containsExactly("Direction nationale Epsilon");
        signOut();
    }

    // ---------------------------------------------------------------- helpers

    private void signInAsAdmin() {
        if (TestAccounts.ALPHA_ADMIN.equals(signedIn)) {
            return;
        }
        signOut();
        signIn(TestAccounts.ALPHA_ADMIN);
        assertThat(driver.findElement(By.cssSelector(".fr-header__tools")).getText()).contains("Alice Alpha");
        signedIn = TestAccounts.ALPHA_ADMIN;
    }

    /** Signs out with the header's button, waiting for the answer before forgetting the cookies. */
    private void signOut() {
        open("");
        if (!driver.findElements(By.id("deconnexion:bouton")).isEmpty()) {
            submit(By.id("deconnexion:bouton"));
        }
        driver.manage().deleteAllCookies();
    }

    /** Signs in and waits to be sent on (so that the next page opened is not overtaken by that redirect). */
    private void signIn(String email) {
        browser.signIn(base, email, TestAccounts.PASSWORD);
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/connexion"));
    }

    private void open(String path) {
        browser.open(base, path);
    }

    /** Clicks a button that posts the page, and waits for the next page. */
    private void submit(By button) {
        browser.submit(button);
    }

    /** Clicks a button that updates part of the page, and waits until {@code part} shows {@code text}. */
    private void submitAjax(By button, By part, String text) {
        driver.findElement(button).click();
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return d.findElement(part).getText().contains(text);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private String pageMessages() {
        return browser.text(By.id("messages-page"));
    }

    private String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private void assertNoViolations() {
        assertThat(Accessibility.violations(driver)).as("axe on " + driver.getCurrentUrl()).isEmpty();
    }

    private void selectUnit(String name) {
        submit(By.cssSelector("#arbre-liste a[aria-label=\"Modifier " + name + "\"]"));
        assertThat(driver.findElement(By.id("entite-choisie")).getText()).contains(name);
    }

    private void addChild(String code, String name, String type, String departement) {
        browser.type(By.id("ajout:code"), code);
        browser.type(By.id("ajout:name"), name);
        browser.type(By.id("ajout:type"), type);
        browser.type(By.id("ajout:departement"), departement);
        submit(By.id("ajout:ajouter"));
    }

    private List<String> treeNames() {
        return driver.findElements(By.cssSelector("#arbre-liste .spplus-tree__name")).stream().map(WebElement::getText).toList();
    }

    private WebElement treeItem(String name) {
        return driver.findElements(By.cssSelector("#arbre-liste li")).stream()
                .filter(li -> li.findElement(By.className("spplus-tree__name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in the tree"));
    }

    /** The entity the tree shows a unit under: the nearest item above it that is one level less deep. */
    private String parentInTree(String name) {
        List<WebElement> items = driver.findElements(By.cssSelector("#arbre-liste li"));
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).findElement(By.className("spplus-tree__name")).getText().equals(name)) {
                index = i;
            }
        }
        assertThat(index).as(name + " in the tree").isGreaterThanOrEqualTo(0);
        int depth = depthOf(items.get(index));
        for (int i = index - 1; i >= 0; i--) {
            if (depthOf(items.get(i)) == depth - 1) {
                return items.get(i).findElement(By.className("spplus-tree__name")).getText();
            }
        }
        return null;
    }

    private static int depthOf(WebElement item) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("spplus-tree__item--depth-(\\d+)")
                .matcher(item.getAttribute("class"));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private String bandName() {
        return driver.findElement(By.cssSelector(".spplus-tenant-band:not(.spplus-tenant-band--preview) .spplus-tenant-band__name"))
                .getText();
    }

    private String backgroundOf(String css) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor", css);
    }

    private void fillNetwork(String id, String name, String shortName, String rootCode, String rootName, String adminEmail,
                             String adminName) {
        browser.type(By.id("creation:id"), id);
        browser.type(By.id("creation:name"), name);
        browser.type(By.id("creation:shortName"), shortName);
        browser.type(By.id("creation:rootCode"), rootCode);
        browser.type(By.id("creation:rootName"), rootName);
        browser.type(By.id("creation:adminEmail"), adminEmail);
        browser.type(By.id("creation:adminName"), adminName);
    }

    private static HttpResponse<byte[]> fetchBytes(URI uri) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(uri).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A real PNG logo: white initials on a dark blue ground, 160 × 48. */
    private static Path logoPng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(160, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x4e, 0x8c));
        g.fillRect(0, 0, 160, 48);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("A+", 16, 34);
        g.fillOval(110, 10, 28, 28);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A real PNG too heavy for a logo: random pixels do not compress. */
    private static Path noisePng(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
