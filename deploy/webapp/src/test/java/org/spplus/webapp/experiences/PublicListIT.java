package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.spplus.platform.api.persistence.PublicReads;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;

/**
 * The public list's filters, each alone and together: network, service (with everything below it), département,
 * feeling, contact channel, procedure, French full-text search; the chosen values stay selected; forged values
 * filter nothing and break nothing; markup in a story stays text.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicListIT {

    /** A word of this test's stories only, so that other tests' stories never answer its searches. */
    private static final String WORD = "brindezingue";
    private static final String NIMES = "Liste A <b>gras</b> " + WORD;
    private static final String HERAULT = "Liste B " + WORD;
    private static final String BETA = "Liste C " + WORD;

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void threeStoriesArePublished() throws Exception {
        ExperienceFixtures.publish(NIMES, "Récit " + WORD + " à l'accueil de Nîmes, par téléphone.", "alpha",
                "alpha-30-nimes", Feeling.NEGATIF, "30", List.of(new ChannelFeeling("telephone", Feeling.NEGATIF)),
                List.of(new StoryProcedure("caf-apl", "Aide personnalisée au logement (APL)", "alpha")));
        ExperienceFixtures.publish(HERAULT, "Récit " + WORD + " dans l'Hérault, sur le site internet.", "alpha",
                "alpha-34", Feeling.POSITIF, "34", List.of(new ChannelFeeling("site-internet", Feeling.POSITIF)),
                List.of());
        ExperienceFixtures.publish(BETA, "Récit " + WORD + " chez Beta, par téléphone.", "beta", null,
                Feeling.NEUTRE, "2A", List.of(new ChannelFeeling("telephone", null)), List.of());
    }

    @Test
    @Order(2)
    void searchesArePlannedForTheirWords() {
        // a generic plan picks one way for rare and common words alike (66 ms instead of 1 at 10k stories): PostgreSQL
        // may adopt one for a statement the driver has prepared on the server and run five times
        PublicReads reads = CDI.current().select(PublicReads.class).get();
        String search = "select count(*) from exp_public_story s where s.search @@ websearch_to_tsquery('exp_french', ?)";
        String story = "select count(*) from exp_public_story s where s.story_id = ?";
        String genericPlans = "select cast(coalesce(sum(generic_plans), 0) as bigint) from pg_prepared_statements "
                + "where statement = ?";
        String mode = "select current_setting('plan_cache_mode')";
        reads.read(reader -> {
            for (int run = 0; run < 16; run++) { // the driver prepares at the 5th, PostgreSQL may go generic 5 later
                assertThat(((Number) reader.rowsPlannedForValues(search, List.of(WORD)).get(0)[0]).intValue()).isEqualTo(3);
                reader.rows(story, List.of(run));
            }
            assertThat(reader.rowsPlannedForValues(mode, List.of()).get(0)[0]).isEqualTo("force_custom_plan");
            assertThat(((Number) reader.rowsPlannedForValues(genericPlans, List.of(search.replace("?", "$1"))).get(0)[0])
                    .longValue()).as("the search is planned with its words at every run").isZero();
            assertThat(reader.rows(mode, List.of()).get(0)[0]).isEqualTo("auto");
            assertThat(((Number) reader.rows(genericPlans, List.of(story.replace("?", "$1"))).get(0)[0]).longValue())
                    .as("a statement read by its key keeps a generic plan").isPositive();
            return null;
        });
    }

    @Test
    @Order(2)
    @RunAsClient
    void eachFilterKeepsItsStories() {
        assertThat(titles("")).containsExactlyInAnyOrder(NIMES, HERAULT, BETA);
        assertThat(titles("&reseau=alpha")).containsExactlyInAnyOrder(NIMES, HERAULT);
        assertThat(titles("&canal=telephone")).containsExactlyInAnyOrder(NIMES, BETA);
        assertThat(titles("&ressenti=positif")).containsExactly(HERAULT);
        assertThat(titles("&departement=2a")).as("a département in any case").containsExactly(BETA);
        assertThat(titles("&demarche=caf-apl")).containsExactly(NIMES);
        assertThat(titles("&reponse=oui")).isEmpty();
        assertThat(titles("&reponse=non")).hasSize(3);
        assertThat(titles("&reseau=alpha&canal=telephone&ressenti=negatif&departement=30")).containsExactly(NIMES);
    }

    @Test
    @Order(3)
    @RunAsClient
    void aServiceKeepsItsOwnStoriesAndThoseBelowIt() {
        String page = list("?reseau=alpha").body();
        String gard = optionValue(page, "Alpha Gard");
        String occitanie = optionValue(page, "Direction régionale Alpha Occitanie");
        assertThat(titles("&reseau=alpha&service=" + gard)).as("Nîmes is below the Gard").containsExactly(NIMES);
        assertThat(titles("&reseau=alpha&service=" + occitanie)).containsExactlyInAnyOrder(NIMES, HERAULT);
        assertThat(list("?reseau=alpha&service=" + gard).body()).contains("selected=\"selected\">")
                .containsPattern("<option value=\"" + gard + "\" selected=\"selected\">");
        assertThat(list("").body()).as("no service without a network")
                .containsPattern("<select class=\"fr-select\" id=\"service\" name=\"service\" disabled=\"disabled\">")
                .contains("Choisissez d'abord un organisme");
        assertThat(titles("&reseau=beta&service=" + gard)).as("another network's service filters nothing")
                .containsExactly(BETA);
    }

    @Test
    @Order(3)
    @RunAsClient
    void procedureChoicesFollowTheNetwork() {
        assertThat(list("").body()).as("without a network, the procedures common to all")
                .contains("<option value=\"commun-rendez-vous\">Prise de rendez-vous</option>",
                        "choisissez un organisme pour les siennes")
                .doesNotContain("value=\"caf-apl\"", "value=\"dgfip-");
        assertThat(list("?reseau=alpha").body()).as("a network's own, and the common ones")
                .contains("value=\"caf-apl\"", "value=\"commun-rendez-vous\"").doesNotContain("value=\"dgfip-")
                .doesNotContain("choisissez un organisme pour les siennes");
        assertThat(list("?demarche=caf-apl").body()).as("a shared address keeps its procedure, named with its network")
                .containsPattern("<option value=\"caf-apl\" selected=\"selected\">[^<]+ \\(ALPHA\\)</option>");
        assertThat(list("?demarche=gn-depot-plainte").body()).as("a procedure of no network offered here")
                .doesNotContain("selected=\"selected\"");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theChoicesStaySelected() {
        String page = list("?q=" + WORD + "&reseau=alpha&departement=2a&ressenti=NEGATIF&canal=telephone"
                + "&demarche=caf-apl&reponse=non").body();
        assertThat(page).contains("<option value=\"alpha\" selected=\"selected\">",
                "<option value=\"2A\" selected=\"selected\">", "<option value=\"negatif\" selected=\"selected\">",
                "<option value=\"telephone\" selected=\"selected\">", "<option value=\"caf-apl\" selected=\"selected\">",
                "<option value=\"non\" selected=\"selected\">", "value=\"" + WORD + "\"");
        assertThat(page).as("the filtered list can be reset").contains("Effacer les filtres");
    }

    @Test
    @Order(5)
    @RunAsClient
    void forgedValuesFilterNothingAndMarkupStaysText() {
        HttpResponse<String> forged = list("?q=" + WORD + "&reseau=%3Cscript%3E&service=abc&departement=%22%3E"
                + "&ressenti=x&canal=%3Cb%3E&demarche=%27&reponse=peut-etre&apres=n%27importe");
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.body()).doesNotContain("<script>", "selected=\"selected\"", "<b>gras");
        HttpResponse<String> ours = list("?q=" + WORD);
        assertThat(ours.body()).contains("Liste A &lt;b&gt;gras&lt;/b&gt;").doesNotContain("<b>gras</b>");
        assertThat(list("?q=" + WORD + "&du=31/02/2026").body())
                .contains("La date « 31/02/2026 » n'est pas reconnue");
    }

    private HttpResponse<String> list(String query) {
        return new WebVisitor(base).get("experiences/" + query);
    }

    /** The titles of the cards listed for a search of this test's word and the given filters. */
    private List<String> titles(String filters) {
        HttpResponse<String> page = list("?q=" + URLEncoder.encode(WORD, StandardCharsets.UTF_8) + filters);
        assertThat(page.statusCode()).as(filters).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        Matcher card = Pattern.compile("<h3 class=\"fr-card__title\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(page.body());
        while (card.find()) {
            titles.add(card.group(1).replace("&lt;", "<").replace("&gt;", ">"));
        }
        return titles;
    }

    private static String optionValue(String page, String label) {
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">(?:\u00a0|&nbsp;|&#160;)*" + Pattern.quote(label) + "</option>")
                .matcher(page);
        assertThat(option.find()).as(label).isTrue();
        return option.group(1);
    }
}
