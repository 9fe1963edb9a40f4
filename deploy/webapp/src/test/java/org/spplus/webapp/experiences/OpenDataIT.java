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
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.testing.WebVisitor;
import org.spplus.webapp.Transactions;
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
        String body = csv("api/experiences/export.csv");
        try (CSVParser parser = parser(body)) {
            assertThat(parser.getHeaderNames()).startsWith("id_experience", "titre", "description", "ressenti",
                    "etat_experience", "ecrit_le", "date_de_publication", "date_de_premiere_reponse");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSizeGreaterThanOrEqualTo(25);
            assertThat(records).anySatisfy(r -> assertThat(r.get("titre")).endsWith(SCRIPT));
        }
        assertThat(body).doesNotContain("auteur.fixture@exemple.fr");
    }

    /** The CSV at this address, without its byte order mark. */
    private String csv(String path) {
        HttpResponse<String> csv = new WebVisitor(base).get(path);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return csv.body().startsWith("\uFEFF") ? csv.body().substring(1) : csv.body();
    }

    private static CSVParser parser(String csv) throws java.io.IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
    }

    /** Stories of the year 2001 (no other test's), three by three published at the same minute. */
    private static final int MANY = 2_345;
    private static final long FIRST_MANY_ID = 880_000_000L;

    @Test
    @Order(4)
    void manyOldStoriesAreInThePublicReadModel() throws Exception {
        Transactions.commit(() -> {
            EntityManager em = CDI.current().select(Persistence.class).get().platform();
            em.createNativeQuery("insert into exp_story (id, status, title, body, author_kind, feeling, submission_key, "
                    + "submitted_at) select ?1 + i, 'PUBLISHED', 'Ancienne expérience ' || i, 'Récit ancien ' || i, "
                    + "'PARTICULIER', 'NEUTRE', 'ancienne-' || i, timestamptz '2001-01-01 08:00+01' from "
                    + "generate_series(0, ?2 - 1) i").setParameter(1, FIRST_MANY_ID).setParameter(2, MANY).executeUpdate();
            em.createNativeQuery("insert into exp_public_story (story_id, title, body, feeling, author_label, author_kind, "
                    + "tenant_ids, written_at, published_at) select id, title, body, feeling, 'Un usager', author_kind, "
                    + "'{alpha}', submitted_at, submitted_at + (((id - ?1) / 3) * interval '1 minute') from exp_story "
                    + "where id >= ?1 and id < ?1 + ?2").setParameter(1, FIRST_MANY_ID).setParameter(2, MANY).executeUpdate();
            return null;
        });
    }

    @Test
    @Order(5)
    @RunAsClient
    void theCsvOfManyBatchesHasEveryStoryOnceInPublicationOrder() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (CSVParser parser = parser(csv("api/experiences/export.csv?du=2001-01-01&au=2001-12-31"))) {
            parser.forEach(record -> ids.add(Long.parseLong(record.get("id_experience"))));
        }
        // newest first; at the same minute, the highest number first
        List<Long> expected = new ArrayList<>();
        for (long id = FIRST_MANY_ID + MANY - 1; id >= FIRST_MANY_ID; id--) {
            expected.add(id);
        }
        assertThat(ids).as("more than two batches of the export, without gap or repeat").hasSize(MANY)
                .isEqualTo(expected);
    }

    @Test
    @Order(6)
    void theOldStoriesAreRemoved() throws Exception {
        Transactions.commit(() -> {
            EntityManager em = CDI.current().select(Persistence.class).get().platform();
            em.createNativeQuery("delete from exp_public_story where story_id >= ?1 and story_id < ?1 + ?2")
                    .setParameter(1, FIRST_MANY_ID).setParameter(2, MANY).executeUpdate();
            em.createNativeQuery("delete from exp_story where id >= ?1 and id < ?1 + ?2")
                    .setParameter(1, FIRST_MANY_ID).setParameter(2, MANY).executeUpdate();
            return null;
        });
    }

    @Test
    @Order(7)
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
    @Order(8)
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
