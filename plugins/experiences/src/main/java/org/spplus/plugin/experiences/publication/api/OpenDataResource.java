package org.spplus.plugin.experiences.publication.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.plugin.experiences.export.Column;
import org.spplus.plugin.experiences.export.ExportFormat;
import org.spplus.plugin.experiences.export.ExportOptions;
import org.spplus.plugin.experiences.export.RowSink;
import org.spplus.plugin.experiences.export.TabularWriter;
import org.spplus.plugin.experiences.procedure.ContactChannel;
import org.spplus.plugin.experiences.procedure.ProcedureCatalogue;
import org.spplus.plugin.experiences.publication.PublicQueries;
import org.spplus.plugin.experiences.story.Feeling;

/**
 * Open data of the published stories: JSON pages (newest first, keyset pages with {@code apres}) and the
 * whole as CSV, streamed, with the real platform's column names. Only what is public: no author, no postal
 * code, no e-mail; text is data, never markup (JSON and CSV escape it).
 */
@Path("/experiences")
@RequestScoped
@Tag(name = "Expériences", description = "Expériences des usagers publiées, avec les réponses des services")
public class OpenDataResource {

    static final int MAX_PAGE = 100;
    static final int CSV_BATCH = 1000;

    @Inject
    PublicQueries queries;

    @Inject
    TenantCatalog tenants;

    @Inject
    ProcedureCatalogue procedures;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Une page d'expériences publiées, des plus récentes aux plus anciennes",
            description = "Suivre la valeur « suivante » dans le paramètre « apres » pour la page suivante.")
    public OpenDataPage page(
            @Parameter(description = "Identifiant du réseau (caf, dgfip…)") @QueryParam("reseau") String network,
            @Parameter(description = "Code du département (30, 2A, 974…)") @QueryParam("departement") String departement,
            @Parameter(description = "positif, neutre ou negatif") @QueryParam("ressenti") String feeling,
            @Parameter(description = "Publiées depuis ce jour (AAAA-MM-JJ)") @QueryParam("du") String from,
            @Parameter(description = "Publiées jusqu'à ce jour inclus (AAAA-MM-JJ)") @QueryParam("au") String to,
            @Parameter(description = "Recherche en texte intégral") @QueryParam("q") String text,
            @Parameter(description = "Valeur « suivante » de la page précédente") @QueryParam("apres") String after,
            @Parameter(description = "Nombre de résultats (1 à 100, 20 par défaut)") @QueryParam("nombre") Integer size) {
        int limit = size == null ? 20 : size;
        if (limit < 1 || limit > MAX_PAGE) {
            throw badRequest("Le paramètre « nombre » doit être compris entre 1 et " + MAX_PAGE + ".");
        }
        Optional<PublicQueries.Cursor> cursor = PublicQueries.Cursor.parse(after);
        if (after != null && !after.isBlank() && cursor.isEmpty()) {
            throw badRequest("Le paramètre « apres » n'est pas reconnu : reprenez la valeur « suivante » d'une page.");
        }
        PublicQueries.Filter filter = filter(network, departement, feeling, from, to, text);
        List<PublicQueries.FullRow> rows = queries.fullList(filter, cursor, limit + 1);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = PublicQueries.Cursor.after(rows.get(limit - 1).row()).token();
        }
        Map<Long, List<PublicQueries.PublicAnswer>> answers = queries.answersOf(rows.stream().map(r -> r.row().id()).toList());
        return new OpenDataPage(rows.stream().map(r -> story(r, answers.getOrDefault(r.row().id(), List.of()))).toList(), next);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "Une expérience publiée, avec ses réponses")
    public OpenDataStory one(@PathParam("id") long id) {
        PublicQueries.StoryPage page = queries.story(id).orElseThrow(() -> new NotFoundException(
                Response.status(404).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                        .entity(Map.of("erreur", "Aucune expérience publiée ne porte ce numéro.")).build()));
        PublicQueries.FullRow full = new PublicQueries.FullRow(page.story(), page.body(), page.writtenAt(),
                page.answers().isEmpty() ? null : page.answers().get(0).publishedAt(), page.channels(), page.procedures());
        return story(full, page.answers());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Toutes les expériences publiées au format CSV (séparateur virgule)",
            description = "Mêmes filtres que la liste ; colonnes de l'export de la plateforme Services Publics+.")
    public Response csv(@QueryParam("reseau") String network, @QueryParam("departement") String departement,
                        @QueryParam("ressenti") String feeling, @QueryParam("du") String from,
                        @QueryParam("au") String to, @QueryParam("q") String text) {
        PublicQueries.Filter filter = filter(network, departement, feeling, from, to, text);
        Executor prefetch = executor();
        StreamingOutput body = out -> {
            try (RowSink<OpenDataStory> sink = TabularWriter.open(ExportFormat.CSV, out, columns(), ExportOptions.openData())) {
                // the next batch is read from the database while this one is written: both cores work
                CompletableFuture<Batch> next = CompletableFuture.completedFuture(batch(filter, Optional.empty()));
                while (next != null) {
                    Batch current = next.join();
                    Optional<PublicQueries.Cursor> after = current.next();
                    next = after.isEmpty() ? null : CompletableFuture.supplyAsync(() -> batch(filter, after), prefetch);
                    for (PublicQueries.FullRow row : current.rows()) {
                        sink.write(story(row, current.answers().getOrDefault(row.row().id(), List.of())));
                    }
                }
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"experiences.csv\"").build();
    }

    /** A batch of the CSV export: stories in publication order with their answers. */
    private record Batch(List<PublicQueries.FullRow> rows, Map<Long, List<PublicQueries.PublicAnswer>> answers) {

        /** Where the next batch starts; empty after the last one. */
        Optional<PublicQueries.Cursor> next() {
            if (rows.size() < CSV_BATCH) {
                return Optional.empty();
            }
            return Optional.of(PublicQueries.Cursor.after(rows.get(rows.size() - 1).row()));
        }
    }

    private Batch batch(PublicQueries.Filter filter, Optional<PublicQueries.Cursor> after) {
        List<PublicQueries.FullRow> rows = queries.fullList(filter, after, CSV_BATCH);
        return new Batch(rows, queries.answersOf(rows.stream().map(r -> r.row().id()).toList()));
    }

    private static Executor executor() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No managed executor for the CSV export", e);
        }
    }

    /** The CSV columns: the real platform's names; answers of the first two entities as separate columns. */
    static List<Column<OpenDataStory>> columns() {
        List<Column<OpenDataStory>> columns = new ArrayList<>(List.of(
                Column.of("id_experience", OpenDataStory::id),
                Column.of("titre", OpenDataStory::title),
                Column.of("description", OpenDataStory::body),
                Column.of("ressenti", OpenDataStory::feeling),
                Column.of("etat_experience", OpenDataStory::state),
                Column.of("ecrit_le", OpenDataStory::writtenAt),
                Column.of("date_de_publication", OpenDataStory::publishedAt),
                Column.of("date_de_premiere_reponse", OpenDataStory::firstAnswerAt),
                Column.of("intitule_du_reseau", s -> String.join(" ; ", s.networks())),
                Column.of("departement", OpenDataStory::departement),
                Column.of("canaux", s -> String.join(" ; ", s.channels())),
                Column.of("demarches", s -> String.join(" ; ", s.procedures())),
                Column.of("nombre_experiences_similaires", OpenDataStory::similar)));
        for (int i = 0; i < 2; i++) {
            int n = i;
            columns.add(Column.of("intitule_structure_" + (n + 1), s -> n < s.answers().size() ? s.answers().get(n).unit() : null));
            columns.add(Column.of("reponse_structure_" + (n + 1), s -> n < s.answers().size() ? s.answers().get(n).body() : null));
        }
        return columns;
    }

    private OpenDataStory story(PublicQueries.FullRow full, List<PublicQueries.PublicAnswer> answers) {
        PublicQueries.Row row = full.row();
        return new OpenDataStory(row.id(), row.title(), full.body(), Feeling.valueOf(row.feeling()).label().fr(),
                row.answerCount() > 0 ? "Traitée" : "En attente de réponse", full.writtenAt(), row.publishedAt(),
                full.firstAnswerAt(), row.networks().stream().map(id -> tenants.byId(id).map(TenantRef::name).orElse(id))
                .toList(), row.departement(), full.channels().stream().map(code -> ContactChannel.fromCode(code)
                        .map(c -> c.label().fr()).orElse(code)).toList(),
                full.procedures().stream().map(code -> procedures.byCode(code).map(p -> p.label()).orElse(code)).toList(),
                row.similarCount(), answers.stream().map(a -> new OpenDataStory.OpenDataAnswer(a.unitName(),
                        a.networkName(), a.body(), a.publishedAt(), a.useful())).toList());
    }

    private static PublicQueries.Filter filter(String network, String departement, String feeling, String from,
                                               String to, String text) {
        String feelingName = null;
        if (feeling != null && !feeling.isBlank()) {
            feelingName = Feeling.fromCode(feeling).map(Enum::name).orElseThrow(() ->
                    badRequest("Le paramètre « ressenti » vaut positif, neutre ou negatif."));
        }
        return new PublicQueries.Filter(blank(network), null, blank(departement), feelingName, null, null, null,
                date(from, "du"), date(to, "au"), blank(text));
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw badRequest("Le paramètre « " + name + " » attend une date AAAA-MM-JJ, par exemple 2026-01-31.");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BadRequestException badRequest(String message) {
        return new BadRequestException(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("erreur", message)).build());
    }
}
