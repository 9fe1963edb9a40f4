package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.spplus.plugin.experiences.export.ExportTestSupport.CountingOutputStream;

/** 300,000 rows made on the fly (never held in a list) written to a stream that discards them. */
class StreamingExportTest {

    private static final int ROWS = 300_000;

    private record Story(long id, String service, String text, int rating, LocalDate published,
            LocalDateTime received, boolean answered) {
    }

    private static final List<Column<Story>> COLUMNS = List.of(
            Column.of("id", Story::id),
            Column.of("service", Story::service),
            Column.of("texte", Story::text),
            Column.of("note", Story::rating),
            Column.of("publié le", Story::published),
            Column.of("reçu le", Story::received),
            Column.of("répondu", Story::answered));

    private static Iterator<Story> stories(int count) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public Story next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int n = next++;
                return new Story(n, "Service " + n % 97, "Mon expérience n° " + n + " : accueil aimable, délai long",
                        1 + n % 5, LocalDate.of(2024, 1, 1).plusDays(n % 365),
                        LocalDateTime.of(2024, 1, 1, 8, 0).plusMinutes(n), n % 3 == 0);
            }
        };
    }

    @Test
    void csv() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        AtomicLong lastReported = new AtomicLong();
        ExportOptions options = ExportOptions.defaults().withExpectedRows(ROWS)
                .withProgress((rows, total) -> lastReported.getAndSet(rows) < total);

        ExportResult result = TabularWriter.write(ExportFormat.CSV, out, COLUMNS, stories(ROWS), options);

        assertThat(result).isEqualTo(new ExportResult(ROWS, false));
        assertThat(out.lineFeeds).isEqualTo(ROWS + 1L);
        assertThat(lastReported).hasValue(ROWS);
    }

    @Test
    void xlsx() throws IOException {
        CountingOutputStream out = new CountingOutputStream();
        AtomicLong lastReported = new AtomicLong();
        ExportOptions options = ExportOptions.frenchSpreadsheet()
                .withProgress((rows, total) -> lastReported.getAndSet(rows) >= 0);

        ExportResult result = TabularWriter.write(ExportFormat.XLSX, out, COLUMNS, stories(ROWS), options);

        assertThat(result).isEqualTo(new ExportResult(ROWS, false));
        assertThat(lastReported).hasValue(ROWS);
        // A finished ZIP ends with its end-of-central-directory record (22 bytes, no comment).
        assertThat(out.last(22)).startsWith(0x50, 0x4B, 0x05, 0x06);
    }
}
