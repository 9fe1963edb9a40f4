package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.webapp.Transactions;

/**
 * The public pages and the wizard keep nothing between requests: reading them opens no session (a crawler or a
 * reader costs no memory once answered), and the wizard's state is its draft, kept under the browser's draft
 * cookie. Without JavaScript the same wizard works by whole pages; a reload shows the step reached with what was
 * typed; a browser that keeps no cookie is told why it starts again; sending the last page twice gives one story;
 * once sent, the draft keeps no personal data.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatelessPagesIT {

    private static final String AUTHOR = "sans.session@exemple.fr";
    private static final String TITLE = "Sans session ni cookie de session";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    /** A word of this test's story only. */
    private static final String WORD = "zorglubienne";

    @Test
    @Order(1)
    void aStoryIsPublished() throws Exception {
        ExperienceFixtures.publish("Une histoire " + WORD, "Récit lu sans session.", "alpha", Feeling.POSITIF, "30");
    }

    /** The address of this test's story, as the public list links it. */
    private String storyPath() {
        Matcher link = Pattern.compile("href=\"[^\"]*/(experiences/experience\\?id=\\d+)\"")
                .matcher(new WebVisitor(base).get("experiences/?q=" + WORD).body());
        assertThat(link.find()).as("the story is listed").isTrue();
        return link.group(1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void readingThePublicPagesOpensNoSession() {
        for (String path : List.of("", "experiences/", "experiences/?q=session&reseau=alpha", storyPath(), "experiences/reseau?id=alpha", "experiences/actions",
                "experiences/deposer", "mentions-legales")) {
            WebVisitor reader = new WebVisitor(base);
            HttpResponse<String> page = reader.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(reader.cookie("SPPLUS_SESSION")).as("no session for %s", path).isNull();
            Matcher state = VIEW_STATE.matcher(page.body());
            while (state.find()) {
                assertThat(state.group(1)).as("the forms of %s", path).isEqualTo("stateless");
            }
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theSimilarExperienceButtonWorksWithoutASession() {
        WebVisitor reader = new WebVisitor(base);
        String story = storyPath();
        HttpResponse<String> page = reader.get(story);
        HttpResponse<String> answer = reader.submitOn(page, "similaire", "similaire:jai-vecu", Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"deja-similaire\"", "1 personne");
        assertThat(reader.get(story).body()).as("once per browser")
                .doesNotContain("similaire:jai-vecu").contains("1 personne");
        assertThat(reader.cookie("SPPLUS_SESSION")).isNull();
    }

    @Test
    @Order(4)
    @RunAsClient
    void theWizardWorksByWholePagesWithItsDraftAsItsOnlyState() {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> step = visitor.get("experiences/deposer?reseau=alpha");
        assertThat(visitor.cookie("SPPLUS_EXP_BROUILLON")).as("the draft's key").isNotNull();
        step = visitor.submitOn(step, "assistant", "assistant:suivant", Map.of("assistant:titre", TITLE,
                "assistant:recit", "J'ai déposé ma demande d'APL sans jamais ouvrir de session.",
                "assistant:vousEtes", "particulier", "assistant:ressenti", "neutre"));
        assertThat(step.body()).contains("Précisez organismes et démarches", "name=\"assistant:reseaux\"");
        HttpResponse<String> lost = new WebVisitor(base).submitOn(step, "assistant", "assistant:suivant", Map.of());
        assertThat(lost.body()).as("the same page sent by a browser without the draft's cookie")
                .contains("pas retrouvé votre brouillon", "Racontez votre expérience");

        // a reload (or a new tab, or days later: no session to expire) shows the step reached, nothing lost
        HttpResponse<String> reloaded = visitor.get("experiences/deposer");
        assertThat(reloaded.body()).contains("Précisez organismes et démarches")
                .containsPattern("value=\"alpha\"[^>]*checked");
        step = visitor.submitOn(reloaded, "assistant", "assistant:precedent", Map.of());
        assertThat(step.body()).contains("value=\"" + TITLE + "\"", "J'ai déposé ma demande d'APL");
        step = visitor.submitOn(step, "assistant", "assistant:suivant", Map.of());
        step = visitor.submitOn(step, "assistant", "assistant:suivant", Map.of("assistant:departement", "30"));
        assertThat(step.body()).contains("id=\"relecture\"", "Gard");
        HttpResponse<String> last = step;
        HttpResponse<String> sent = visitor.submitOn(last, "assistant", "assistant:envoyer", Map.of(
                "assistant:email", AUTHOR, "assistant:codePostal", "30000", "assistant:charte", "true"));
        assertThat(sent.body()).contains("id=\"experience-envoyee\"");
        HttpResponse<String> again = visitor.submitOn(last, "assistant", "assistant:envoyer", Map.of(
                "assistant:email", AUTHOR, "assistant:codePostal", "30000", "assistant:charte", "true"));
        assertThat(again.body()).as("the same page sent twice").contains("id=\"experience-envoyee\"");
        assertThat(visitor.cookie("SPPLUS_SESSION")).as("no session at any step").isNull();

        HttpResponse<String> next = visitor.get("experiences/deposer");
        assertThat(next.body()).as("the next story starts afresh").contains("Racontez votre expérience")
                .doesNotContain(TITLE.substring(0, 12));
    }

    @Test
    @Order(5)
    void oneStoryWasReceivedAndNoDraftKeepsItsAuthorsAddress() throws Exception {
        Persistence persistence = CDI.current().select(Persistence.class).get();
        assertThat(Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select count(*) from exp_story where author_email = ?1").setParameter(1, AUTHOR)
                .getSingleResult()).longValue())).isEqualTo(1L);
        assertThat(Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select count(*) from exp_draft where payload like ?1").setParameter(1, "%" + AUTHOR + "%")
                .getSingleResult()).longValue())).isZero();
    }
}
