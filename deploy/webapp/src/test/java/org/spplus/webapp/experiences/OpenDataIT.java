package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.spplus.platform.testing.WebVisitor;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * The open data: JSON pages that follow one another without gaps or repeats, a story by its number, the whole
 * as CSV with the real platform's column names, bad parameters explained in French, markup kept as data, no
 * personal data anywhere, an OpenAPI description, and a rate limit per address.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataIT {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twentyFiveStoriesArePublished() throws Exception {
        for (int i = 1; i <= 25; i++) {
            ExperienceFixtures.publish("Données ouvertes n° " + i + (i == 7 ? " " + SCRIPT : ""),
                    "Récit public numéro " + i + " sur l'accueil téléphonique.", i % 2 == 0 ? "alpha" : "beta",
                    i % 3 == 0 ? Feeling.NEGATIF : Feeling.POSITIF, "30");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void pagesFollowOneAnotherAndCarryNoPersonalData() {
        WebVisitor api = new WebVisitor(base);
        List<Long> ids = new ArrayList<>();
        List<java.time.OffsetDateTime> published = new ArrayList<>();
        List<Long> ours = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            HttpResponse<String> answer = api.get("api/experiences?nombre=10" + (next == null ? "" : "&apres=" + next));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(answer.body()).doesNotContain("auteur.fixture@exemple.fr", "30000");
            JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
            JsonArray results = page.getJsonArray("resultats");
            results.forEach(v -> {
                ids.add(v.asJsonObject().getJsonNumber("id_experience").longValue());
                if (v.asJsonObject().getString("titre").startsWith("Données ouvertes n° ")) {
                    ours.add(v.asJsonObject().getJsonNumber("id_experience").longValue());
                }
                published.add(java.time.OffsetDateTime.parse(v.asJsonObject().getString("date_de_publication")));
            });
            assertThat(page).as("the next page is always said, null at the end").containsKey("suivante");
            next = page.isNull("suivante") ? null : page.getString("suivante");
            pages++;
        } while (next != null && pages < 10);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(25).doesNotHaveDuplicates();
        assertThat(ours).as("this test's stories (other tests' stories share the database)").hasSize(25);
        assertThat(published).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonObject first = Json.createReader(new StringReader(api.get("api/experiences/" + ours.get(0)).body())).readObject();
        assertThat(first.keySet()).contains("id_experience", "titre", "description", "ressenti", "etat_experience",
                "ecrit_le", "date_de_publication", "reseaux", "reponses");
        assertThat(first.getString("etat_experience")).isEqualTo("En attente de réponse");
        assertThat(List.copyOf(first.keySet()).subList(0, 4)).as("the real platform's order")
                .containsExactly("id_experience", "titre", "description", "ressenti");

        JsonObject alpha = Json.createReader(new StringReader(api.get("api/experiences?reseau=alpha&nombre=100&ressenti=negatif")
                .body())).readObject();
        alpha.getJsonArray("resultats").forEach(v -> {
            assertThat(v.asJsonObject().getJsonArray("reseaux").getString(0)).isEqualTo("Réseau Alpha");
            assertThat(v.asJsonObject().getString("ressenti")).isEqualTo("Négatif");
        });
        assertThat(alpha.getJsonArray("resultats")).isNotEmpty();
    }

    @Test
    @Order(3)
    @RunAsClient
    void theCsvHasTheRealPlatformsColumnsAndKeepsMarkupAsData() throws Exception {
        HttpResponse<String> csv = new WebVisitor(base).get("api/experiences/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String body = csv.body().startsWith("\uFEFF") ? csv.body().substring(1) : csv.body();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).startsWith("id_experience", "titre", "description", "ressenti",
                    "etat_experience", "ecrit_le", "date_de_publication", "date_de_premiere_reponse");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSizeGreaterThanOrEqualTo(25);
            assertThat(records).anySatisfy(r -> assertThat(r.get("titre")).endsWith(SCRIPT));
        }
        assertThat(body).doesNotContain("auteur.fixture@exemple.fr");
    }

    @Test
    @Order(4)
    @RunAsClient
    void badParametersAreExplainedInFrenchAndTheApiIsDescribed() {
        WebVisitor api = new WebVisitor(base);
        HttpResponse<String> tooMany = api.get("api/experiences?nombre=1000");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("nombre", "entre 1 et 100");
        assertThat(api.get("api/experiences?du=hier").body()).contains("AAAA-MM-JJ");
        assertThat(api.get("api/experiences?apres=nimportequoi").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = api.get("api/experiences/999999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Aucune expérience publiée");
        // Payara serves the OpenAPI description at the server's root, whatever the application's context
        HttpResponse<String> openApi = new WebVisitor(rootOf(base)).get("openapi");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/experiences", "export.csv");
    }

    private static URL rootOf(URL url) {
        try {
            return new URL(url.getProtocol(), url.getHost(), url.getPort(), "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void anAddressThatAsksTooOftenIsToldToWait() {
        WebVisitor api = new WebVisitor(base);
        HttpResponse<String> last = null;
        for (int i = 0; i < 70 && (last == null || last.statusCode() != 429); i++) {
            last = api.get("api/experiences?nombre=1");
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Trop de requêtes");
    }
}
