package org.spplus.plugin.experiences.handling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.validation.Inputs;
import org.spplus.plugin.experiences.export.Column;
import org.spplus.plugin.experiences.export.ExportFormat;
import org.spplus.plugin.experiences.export.ExportJobs;
import org.spplus.plugin.experiences.export.ProgressListener;
import org.spplus.plugin.experiences.export.ExportOptions;
import org.spplus.plugin.experiences.export.RowSink;
import org.spplus.plugin.experiences.export.TabularWriter;
import org.spplus.plugin.experiences.handling.GeneralTag;
import org.spplus.plugin.experiences.handling.Qualification;
import org.spplus.plugin.experiences.handling.control.CaseAccess;
import org.spplus.plugin.experiences.handling.control.CaseFilter;
import org.spplus.plugin.experiences.handling.entity.CaseStatus;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.story.entity.ChannelFeeling;
import org.spplus.plugin.experiences.story.entity.Story;
import org.spplus.plugin.experiences.story.entity.StoryProcedure;

/**
 * Exports the cases of the person's inboxes that a filter selects, as CSV or XLSX, streamed page by page
 * (keyset pages of {@value #PAGE} cases) so that memory stays flat whatever the number of rows. The columns
 * follow the real platform's back-office export (id, state, feeling, dates, structures, the five tags…).
 */
@ApplicationScoped
public class CaseExports {

    static final int PAGE = 500;

    /** One row of the export. */
    public record Line(StoryCase storyCase, Story story, String unitName) {
    }

    @Inject
    Persistence persistence;

    @Inject
    CaseAccess access;

    @Inject
    OrganisationTree tree;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    /** The columns, in the real platform's vocabulary. */
    public static List<Column<Line>> columns() {
        List<Column<Line>> columns = new ArrayList<>(List.of(
                Column.of("id_experience", l -> l.story().getId()),
                Column.of("titre", l -> l.story().getPublishedTitle()),
                Column.of("description", l -> l.story().getPublishedBody()),
                Column.of("ressenti", l -> l.story().getFeeling().label().fr()),
                Column.of("etat_experience", l -> l.storyCase().getStatus().label()),
                Column.of("bannette", Line::unitName),
                Column.of("departement", l -> l.story().getDepartementCode()),
                Column.of("ecrit_le", l -> l.story().getSubmittedAt()),
                Column.of("date_de_publication", l -> l.story().getPublishedAt()),
                Column.of("recue_le", l -> l.storyCase().getReceivedAt()),
                Column.of("echeance", l -> l.storyCase().getDueAt()),
                Column.of("date_de_reponse", l -> l.storyCase().getAnsweredAt()),
                Column.of("canaux", l -> l.story().getChannels().stream().map(ChannelFeeling::getChannel)
                        .collect(Collectors.joining(", "))),
                Column.of("demarches", l -> l.story().getProcedures().stream().map(StoryProcedure::getLabel)
                        .collect(Collectors.joining(", ")))));
        for (GeneralTag tag : GeneralTag.values()) {
            columns.add(Column.of(tag.label().fr(), l -> {
                var feeling = Qualification.read(l.storyCase().getTags()).get(tag.code());
                return feeling == null ? null : feeling.label().fr();
            }));
        }
        columns.add(Column.of("amelioration_de_service_a_considerer", l -> l.storyCase().getImprovementNote()));
        return columns;
    }

    /**
     * An export asked for by an agent: the entities they handle, their filter, how many rows it gives, and when it
     * was asked for (a case is "late" as of then: the rows written are the rows counted).
     */
    public record Request(Set<Long> units, Inbox.Filter filter, ExportFormat format, long total,
                          java.time.OffsetDateTime asOf) {
    }

    /**
     * Checks that the current person handles cases, counts what their filter gives and records the export in the
     * audit log; the rows are written afterwards by {@link #write}, possibly on another thread.
     */
    @Transactional
    public Request prepare(Inbox.Filter filter, ExportFormat format) {
        Set<Long> units = Set.copyOf(access.handledUnits());
        java.time.OffsetDateTime asOf = java.time.OffsetDateTime.now(clock);
        long total = units.isEmpty() ? 0 : CaseFilter.count(persistence.tenant(), units, filter.statuses(), filter.text(),
                filter.lateOnly(), asOf);
        audit.record("experiences.cases.exported", "inbox", "export", Map.of("format", format.code(), "lignes", total));
        return new Request(units, filter, format, total, asOf);
    }

    /** Writes a prepared export to the stream (not closed), telling the listener; returns the number of rows. */
    @Transactional
    public long write(Request request, OutputStream out, ProgressListener progress) {
        Map<Long, String> names = new HashMap<>();
        EntityManager em = persistence.tenant();
        Inbox.Filter filter = request.filter();
        ExportOptions options = (request.format() == ExportFormat.CSV ? ExportOptions.frenchSpreadsheet()
                : ExportOptions.defaults()).withProgress(progress).withExpectedRows(request.total())
                .withProgressInterval(ExportJobs.PROGRESS_INTERVAL);
        try (RowSink<Line> sink = TabularWriter.open(request.format(), out, columns(), options)) {
            long after = 0;
            while (!request.units().isEmpty()) {
                List<Object[]> page = CaseFilter.query(em, request.units(), filter.statuses(), filter.text(),
                        filter.lateOnly(), request.asOf(), after, "c.id").setMaxResults(PAGE)
                        .getResultList();
                for (Object[] row : page) {
                    StoryCase storyCase = (StoryCase) row[0];
                    String unit = names.computeIfAbsent(storyCase.getUnitId(),
                            id -> tree.find(id).map(u -> u.name()).orElse(""));
                    sink.write(new Line(storyCase, (Story) row[1], unit));
                    after = storyCase.getId();
                }
                em.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
            return sink.rowsWritten();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
