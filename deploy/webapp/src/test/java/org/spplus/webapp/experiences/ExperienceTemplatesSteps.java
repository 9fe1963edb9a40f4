package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spplus.webapp.experiences.ExperienceTemplatesBrowserIT.PAGE;
import static org.spplus.webapp.experiences.ExperienceTemplatesBrowserIT.TEMPLATE;
import static org.spplus.webapp.experiences.ExperienceTemplatesBrowserIT.TEMPLATE_BODY;
import static org.spplus.webapp.experiences.ExperienceTemplatesBrowserIT.TITLE;
import static org.spplus.webapp.experiences.ExperienceTemplatesBrowserIT.TYPED;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.spplus.platform.testing.Accessibility;
import org.spplus.platform.testing.Browser;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.webapp.TestAccounts;

/** The browser steps of {@link ExperienceTemplatesBrowserIT} (kept apart: Selenium is not in the deployment). */
final class ExperienceTemplatesSteps {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private ExperienceTemplatesSteps() {
    }

    static void aManagerWritesEditsAndDeletesTemplates(URL base) {
        try (Browser staff = Browser.open()) {
            managerSteps(staff, base);
        }
    }

    private static void managerSteps(Browser staff, URL base) {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_MANAGER, TestAccounts.PASSWORD);
        staff.open(base, "t/alpha/experiences/");
        staff.submit(By.linkText("Modèles de réponse"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Modèles de réponse");
        assertThat(Accessibility.violations(driver)).isEmpty();

        staff.submit(By.id("modele:enregistrer"));
        assertThat(driver.getPageSource()).contains("Indiquez le nom du modèle", "Indiquez le texte du modèle");
        staff.type(By.id("modele:texte"), TEMPLATE_BODY);
        setValue(driver, By.id("modele:nom"), "N".repeat(121));
        staff.submit(By.id("modele:enregistrer"));
        assertThat(driver.getPageSource()).contains("ne peut pas dépasser 120 caractères (121 actuellement)");
        assertThat(driver.findElement(By.id("modele:texte")).getAttribute("value")).isEqualTo(TEMPLATE_BODY);
        assertThat(Accessibility.violations(driver)).isEmpty();

        staff.type(By.id("modele:nom"), "<b>Gras</b> (test des modèles)");
        staff.submit(By.id("modele:enregistrer"));
        assertThat(driver.getPageSource()).contains("est créé", "&lt;b&gt;Gras&lt;/b&gt; (test des modèles)")
                .doesNotContain("<b>Gras</b>");
        assertThat(driver.findElement(By.id("modeles")).getText()).contains("<b>Gras</b> (test des modèles)");

        staff.submit(By.cssSelector("input[aria-label='Modifier : <b>Gras</b> (test des modèles)']"));
        assertThat(driver.findElement(By.id("modele:nom")).getAttribute("value")).isEqualTo("<b>Gras</b> (test des modèles)");
        staff.type(By.id("modele:nom"), TEMPLATE);
        staff.submit(By.id("modele:enregistrer"));
        assertThat(driver.getPageSource()).contains("est enregistré");
        assertThat(driver.findElement(By.id("modeles")).getText()).contains(TEMPLATE, TEMPLATE_BODY)
                .doesNotContain("<b>Gras</b>");

        staff.type(By.id("modele:nom"), "À supprimer (test des modèles)");
        staff.type(By.id("modele:texte"), "Un texte de trop.");
        staff.submit(By.id("modele:enregistrer"));
        staff.type(By.id("modele:nom"), TEMPLATE.toUpperCase());
        staff.type(By.id("modele:texte"), "Même nom, autre casse.");
        staff.submit(By.id("modele:enregistrer"));
        assertThat(driver.getPageSource()).contains("a déjà un modèle nommé");
        staff.submit(By.cssSelector("input[aria-label='Supprimer : À supprimer (test des modèles)']"));
        assertThat(driver.getPageSource()).contains("est supprimé");
        assertThat(driver.findElement(By.id("modeles")).getText()).doesNotContain("À supprimer (test des modèles)");
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.screenshot("experiences-modeles-de-reponse");
        staff.signOut(base);
    }

    static void anAgentInsertsATemplateAfterWhatTheyTyped(URL base) {
        try (Browser staff = Browser.open()) {
            agentSteps(staff, base);
        }
    }

    private static void agentSteps(Browser staff, URL base) {
        WebDriver driver = staff.signIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        assertThat(driver.getPageSource()).as("no management link for an agent").doesNotContain("Modèles de réponse");
        new WebDriverWait(driver, WAIT).until(d -> {
            staff.open(base, "t/alpha/experiences/");
            return !d.findElements(By.linkText(TITLE)).isEmpty();
        });
        staff.submit(By.linkText(TITLE));
        staff.type(By.id("reponse-form:reponse"), TYPED);
        staff.submit(By.id("reponse-form:inserer-modele"));
        assertThat(driver.getPageSource()).contains("Choisissez un modèle de réponse dans la liste.");
        assertThat(driver.findElement(By.id("reponse-form:reponse")).getAttribute("value")).isEqualTo(TYPED);

        new Select(driver.findElement(By.id("reponse-form:modele"))).selectByVisibleText(TEMPLATE);
        staff.submit(By.id("reponse-form:inserer-modele"));
        assertThat(driver.getPageSource()).contains("Le modèle est inséré");
        assertThat(driver.findElement(By.id("reponse-form:reponse")).getAttribute("value"))
                .isEqualTo(TYPED + "\n\n" + TEMPLATE_BODY);
        assertThat(Accessibility.violations(driver)).isEmpty();
        staff.submit(By.id("reponse-form:enregistrer"));
        assertThat(driver.getPageSource()).contains("Brouillon enregistré");
        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("reponse-form:reponse")).getAttribute("value"))
                .isEqualTo(TYPED + "\n\n" + TEMPLATE_BODY);

        String almostFull = "a".repeat(3990);
        setValue(driver, By.id("reponse-form:reponse"), almostFull);
        new Select(driver.findElement(By.id("reponse-form:modele"))).selectByVisibleText(TEMPLATE);
        staff.submit(By.id("reponse-form:inserer-modele"));
        assertThat(driver.findElement(By.id("reponse-form:modele")).findElement(By.xpath("../p")).getText())
                .contains("n'a pas été inséré", "dépasserait 4000 caractères");
        assertThat(driver.findElement(By.id("reponse-form:reponse")).getAttribute("value")).isEqualTo(almostFull);
        staff.signOut(base);

        WebVisitor agent = WebVisitor.signedIn(base, TestAccounts.ALPHA_AGENT, TestAccounts.PASSWORD);
        HttpResponse<String> refused = agent.get(PAGE);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").doesNotContain(TEMPLATE_BODY);
    }

    private static void setValue(WebDriver driver, By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];",
                driver.findElement(field), value);
    }

}
