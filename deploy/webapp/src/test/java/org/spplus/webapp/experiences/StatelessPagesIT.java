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
 * typed; a browser that keeps no cookie is told why (what its page held is kept); sending the last page twice
 * gives one story; once sent, the draft keeps no personal data. With JavaScript the steps change within the page
 * (JSON to /experiences/assistant) on the same draft and checks, and refuse in French what is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatelessPagesIT {

    private static final String AUTHOR = "sans.session@exemple.fr";
    private static final String TITLE = "Sans session ni cookie de session";
    /** How a page says which step it shows. */
    private static final String STEP_SHOWN = "data-fr-current-step=\"";
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
        assertThat(step.body()).contains(STEP_SHOWN + "2\"", "name=\"assistant:reseaux\"");
        HttpResponse<String> lost = new WebVisitor(base).submitOn(step, "assistant", "assistant:suivant", Map.of());
        assertThat(lost.body()).as("the same page sent by a browser without the draft's cookie: told why, and what the"
                        + " page held (every step's fields) is kept").contains("pas retrouvé votre brouillon", "value=\"" + TITLE + "\"");

        // a reload (or a new tab, or days later: no session to expire) shows the step reached, nothing lost
        HttpResponse<String> reloaded = visitor.get("experiences/deposer");
        assertThat(reloaded.body()).contains(STEP_SHOWN + "2\"")
                .containsPattern("value=\"alpha\"[^>]*checked");
        step = visitor.submitOn(reloaded, "assistant", "assistant:precedent", Map.of());
        assertThat(step.body()).contains(STEP_SHOWN + "1\"", "value=\"" + TITLE + "\"", "J'ai déposé ma demande d'APL");
        step = visitor.submitOn(step, "assistant", "assistant:suivant", Map.of());
        step = visitor.submitOn(step, "assistant", "assistant:suivant", Map.of("assistant:departement", "30"));
        assertThat(step.body()).contains(STEP_SHOWN + "3\"", "id=\"relecture\"", "<span id=\"relecture-lieu\">Gard</span>");
        HttpResponse<String> withoutCharter = visitor.submitOn(step, "assistant", "assistant:envoyer", Map.of(
                "assistant:email", AUTHOR, "assistant:codePostal", "30000"));
        assertThat(withoutCharter.body()).as("the refusal beside its field, what was typed kept")
                .contains("<p id=\"charte-erreur\" class=\"fr-error-text\">Acceptez la charte de modération pour envoyer"
                        + " votre expérience.</p>", "value=\"" + AUTHOR + "\"");
        HttpResponse<String> last = step;
        HttpResponse<String> sent = visitor.submitOn(last, "assistant", "assistant:envoyer", Map.of(
                "assistant:email", AUTHOR, "assistant:codePostal", "30000", "assistant:charte", "true"));
        assertThat(sent.body()).contains("<div id=\"envoi\">").doesNotContain("id=\"assistant\"");
        HttpResponse<String> again = visitor.submitOn(last, "assistant", "assistant:envoyer", Map.of(
                "assistant:email", AUTHOR, "assistant:codePostal", "30000", "assistant:charte", "true"));
        assertThat(again.body()).as("the same page sent twice").contains("<div id=\"envoi\">");
        assertThat(visitor.cookie("SPPLUS_SESSION")).as("no session at any step").isNull();

        HttpResponse<String> next = visitor.get("experiences/deposer");
        assertThat(next.body()).as("the next story starts afresh").contains(STEP_SHOWN + "1\"")
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

    /** The in-page steps' story: its title, and its author's address. */
    private static final String IN_PAGE_TITLE = "Étapes changées dans la page";
    private static final String IN_PAGE_AUTHOR = "etapes.dans.la.page@exemple.fr";
    private static final String STEPS = "experiences/assistant";

    private static String story(String title) {
        return "\"title\":\"" + title + "\",\"body\":\"Mon dossier d'APL attendait une pièce justificative.\","
                + "\"authorKind\":\"particulier\",\"feeling\":\"neutre\"";
    }

    @Test
    @Order(6)
    @RunAsClient
    void withJavaScriptTheStepsChangeWithinThePageOnTheSameDraftAndChecks() {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> page = visitor.get("experiences/deposer?reseau=alpha");
        assertThat(page.body()).as("the three steps are in the page, one shown")
                .contains("data-etapes=\"", "id=\"etape-1\" class=\"spplus-step\"", "id=\"etape-2\" class=\"spplus-step fr-hidden\"",
                        "id=\"etape-3\" class=\"spplus-step fr-hidden\"");

        HttpResponse<String> refused = visitor.postJson(STEPS, "{\"action\":\"suivant\",\"step\":1,"
                + "\"title\":\"<script>alert(1)</script> " + IN_PAGE_TITLE + "\",\"body\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("\"step\":1", "\"recit\":\"Indiquez votre expérience en détail.\"",
                "\"vousEtes\":\"Indiquez qui vous êtes").doesNotContain("\"titre\"");
        assertThat(visitor.get("experiences/deposer").body()).as("what was typed is kept, and shown as text")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; " + IN_PAGE_TITLE).doesNotContain("<script>alert(1)");

        HttpResponse<String> second = visitor.postJson(STEPS, "{\"action\":\"suivant\",\"step\":1," + story(IN_PAGE_TITLE)
                + ",\"networks\":[\"alpha\"]}");
        assertThat(second.body()).as("step 2, with the procedure the story's words suggest")
                .contains("\"problems\":{}", "\"step\":2", "\"label\":\"Aide personnalisée au logement (APL)\"");
        HttpResponse<String> typing = visitor.postJson(STEPS, "{\"action\":\"enregistrer\",\"step\":2," + story(IN_PAGE_TITLE)
                + ",\"networks\":[\"alpha\"]}");
        assertThat(typing.body()).as("a save while typing answers the step alone").contains("\"step\":2", "\"procedures\":[]");
        HttpResponse<String> forged = visitor.postJson(STEPS, "{\"action\":\"suivant\",\"step\":2," + story(IN_PAGE_TITLE)
                + ",\"networks\":[\"inconnu\"],\"procedures\":[\"inexistante\"],\"channels\":[{\"code\":\"pigeon\"}],"
                + "\"departement\":\"999\"}");
        assertThat(forged.body()).contains("\"step\":2", "\"reseaux\":\"Un des organismes choisis ne reçoit pas d'expériences",
                "\"demarches\":\"Une des démarches choisies n'existe plus", "\"canaux\":\"Un des moyens de contact choisis est inconnu.\"",
                "\"departement\":\"Choisissez un département de la liste.\"");
        HttpResponse<String> ahead = visitor.postJson(STEPS, "{\"action\":\"envoyer\",\"step\":3," + story(IN_PAGE_TITLE) + "}");
        assertThat(ahead.body()).as("a step not reached yet is not skipped to").contains("\"step\":2", "\"sent\":false");

        String context = story(IN_PAGE_TITLE) + ",\"networks\":[\"alpha\"],\"channels\":[{\"code\":\"telephone\",\"feeling\":\"negatif\"}],"
                + "\"departement\":\"30\"";
        HttpResponse<String> review = visitor.postJson(STEPS, "{\"action\":\"suivant\",\"step\":2," + context + "}");
        assertThat(review.body()).contains("\"step\":3", "\"networks\":[\"Réseau Alpha\"]", "\"place\":\"Gard\"",
                "\"feeling\":\"Neutre\"", "\"authorKind\":\"Un particulier\"");
        assertThat(visitor.get("experiences/deposer").body()).as("a reload shows the step reached")
                .contains(STEP_SHOWN + "3\"", "<span id=\"relecture-lieu\">Gard</span>");

        HttpResponse<String> incomplete = visitor.postJson(STEPS, "{\"action\":\"envoyer\",\"step\":3," + context + "}");
        assertThat(incomplete.body()).contains("\"sent\":false", "\"email\":\"Indiquez une adresse e-mail valide",
                "\"codePostal\":\"Indiquez un code postal français", "\"charte\":\"Acceptez la charte de modération");
        String last = "{\"action\":\"envoyer\",\"step\":3," + context + ",\"email\":\"" + IN_PAGE_AUTHOR
                + "\",\"postalCode\":\"30000\",\"charter\":true}";
        assertThat(visitor.postJson(STEPS, last).body()).contains("\"sent\":true", "\"sentWithoutAccount\":true");
        assertThat(visitor.postJson(STEPS, last).body()).as("sent twice").contains("\"sent\":true");
        assertThat(visitor.cookie("SPPLUS_SESSION")).as("no session at any step").isNull();
        assertThat(visitor.get("experiences/deposer").body()).as("the next story starts afresh")
                .contains(STEP_SHOWN + "1\"").doesNotContain(IN_PAGE_TITLE);
    }

    @Test
    @Order(7)
    void theInPageStepsGaveOneStoryAndTheDraftKeepsNoAddress() throws Exception {
        Persistence persistence = CDI.current().select(Persistence.class).get();
        assertThat(Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select count(*) from exp_story where author_email = ?1 and title = ?2").setParameter(1, IN_PAGE_AUTHOR)
                .setParameter(2, IN_PAGE_TITLE).getSingleResult()).longValue())).isEqualTo(1L);
        assertThat(Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select count(*) from exp_draft where payload like ?1").setParameter(1, "%" + IN_PAGE_AUTHOR + "%")
                .getSingleResult()).longValue())).isZero();
    }

    @Test
    @Order(8)
    @RunAsClient
    void theInPageStepsRefuseWhatIsNotTheirsInFrench() {
        WebVisitor stranger = new WebVisitor(base);
        assertThat(stranger.postJson(STEPS, "{\"action\":\"suivant\",\"step\":2," + story("Sans brouillon") + "}").body())
                .as("a step sent without the draft's cookie").contains("pas retrouvé votre brouillon");
        HttpResponse<String> form = stranger.post(java.net.URI.create(base + STEPS), Map.of("title", "x"));
        assertThat(form.statusCode()).as("a form of another site").isEqualTo(415);
        assertThat(form.body()).contains("ne reçoit que les étapes envoyées par la page");
        HttpResponse<String> unreadable = stranger.postJson(STEPS, "{\"action\":[");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("n'a pas pu être lue");
        HttpResponse<String> huge = stranger.postJson(STEPS, "{\"body\":\"" + "a".repeat(70_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("trop long");
    }

    @Test
    @Order(9)
    @RunAsClient
    void aSignedInCitizensStoryIsTheirs() {
        WebVisitor citizen = WebVisitor.signedIn(base, org.spplus.webapp.TestAccounts.CITIZEN, org.spplus.webapp.TestAccounts.PASSWORD);
        citizen.get("experiences/deposer");
        String context = story("Racontée avec un compte") + ",\"networks\":[\"alpha\"]";
        assertThat(citizen.postJson(STEPS, "{\"action\":\"suivant\",\"step\":1," + context + "}").body()).contains("\"step\":2");
        assertThat(citizen.postJson(STEPS, "{\"action\":\"suivant\",\"step\":2," + context + "}").body()).contains("\"step\":3");
        assertThat(citizen.postJson(STEPS, "{\"action\":\"envoyer\",\"step\":3," + context + ",\"charter\":true}").body())
                .as("no address asked of an account").contains("\"sent\":true", "\"sentWithoutAccount\":false");
    }

    @Test
    @Order(10)
    void theSignedInCitizensStoryIsAttachedToTheirAccount() throws Exception {
        Persistence persistence = CDI.current().select(Persistence.class).get();
        assertThat(Transactions.commit(() -> ((Number) persistence.platform().createNativeQuery(
                "select count(*) from exp_story s join core_account a on a.id = s.author_account_id "
                        + "where s.title = ?1 and a.email = ?2 and s.author_email is null").setParameter(1, "Racontée avec un compte")
                .setParameter(2, org.spplus.webapp.TestAccounts.CITIZEN).getSingleResult()).longValue())).isEqualTo(1L);
    }
    /** The nonce a page's Content-Security-Policy allows its scripts with. */
    private static String nonce(HttpResponse<String> page) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertThat(nonce.find()).as("the page's policy names its nonce").isTrue();
        return nonce.group(1);
    }

    @Test
    @Order(11)
    @RunAsClient
    void aNewVisitorsWizardIsWrittenOnceThenCopiedWithWhatIsTheirs() {
        WebVisitor first = new WebVisitor(base);
        HttpResponse<String> one = first.get("experiences/deposer");
        WebVisitor second = new WebVisitor(base);
        HttpResponse<String> two = second.get("experiences/deposer");
        String nonce = nonce(two);
        assertThat(nonce).isNotEqualTo(nonce(one));
        assertThat(two.body().replace(nonce, "NONCE")).as("the same wizard, with its own nonce")
                .isEqualTo(one.body().replace(nonce(one), "NONCE"));
        assertThat(two.body()).as("the copy's scripts, handlers, nonce field, view state and resources")
                .contains("<script id=\"assistant:recit_s\" nonce=\"" + nonce + "\">",
                        "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>",
                        "PrimeFaces.csp.register('assistant:reseaux:0'", "name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"stateless\"",
                        "components.js.xhtml?ln=primefaces")
                .doesNotContain("~spplus.", "saveStateFieldMarker");
        assertThat(second.cookie("SPPLUS_EXP_BROUILLON")).as("a draft key of its own").isNotNull()
                .isNotEqualTo(first.cookie("SPPLUS_EXP_BROUILLON"));

        HttpResponse<String> step = second.submitOn(two, "assistant", "assistant:suivant", Map.of("assistant:titre", "Depuis la copie",
                "assistant:recit", "Le formulaire copié se remplit comme l'autre.", "assistant:vousEtes", "particulier",
                "assistant:ressenti", "positif"));
        assertThat(step.body()).as("the copied form is read as the built one").contains(STEP_SHOWN + "2\"");
        assertThat(second.get("experiences/deposer").body()).as("a draft is shown, not the blank copy")
                .contains(STEP_SHOWN + "2\"", "value=\"Depuis la copie\"");

        WebVisitor english = new WebVisitor(base);
        english.get("langue?l=en&retour=/experiences/deposer");
        assertThat(english.get("experiences/deposer").body()).as("another language, another copy")
                .contains("lang=\"en\"", "Share your experience").doesNotContain("Racontez votre expérience");
        WebVisitor citizen = WebVisitor.signedIn(base, org.spplus.webapp.TestAccounts.CITIZEN, org.spplus.webapp.TestAccounts.PASSWORD);
        assertThat(citizen.get("experiences/deposer").body()).as("with an account, no address is asked")
                .contains("id=\"etape-3\"").doesNotContain("id=\"assistant:email\"");
        assertThat(two.body()).contains("id=\"assistant:email\"");
    }
}
