package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spplus.plugin.experiences.export.ExportTestSupport.columns;
import static org.spplus.plugin.experiences.export.ExportTestSupport.csvText;
import static org.spplus.plugin.experiences.export.ExportTestSupport.parseCsv;
import static org.spplus.plugin.experiences.export.ExportTestSupport.readXlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProgressAndCancellationTest {

    private static final List<Column<Object[]>> COLUMNS = columns("n", "texte", "note");

    /** Rows 1..count, made as they are asked for; counts how many were asked for. */
    private static final class Rows implements Iterator<Object[]> {
        private final int count;
        int given;

        Rows(int count) {
            this.count = count;
        }

        @Override
        public boolean hasNext() {
            return given < count;
        }

        @Override
        public Object[] next() {
            given++;
            return new Object[] {given, "avis n° " + given + "; \"cité\"\nsur deux lignes", given % 5};
        }
    }

    private record Call(long rows, long total) {
    }

    @Test
    void theDefaultIntervalIsTenThousandRows() {
        assertThat(ExportOptions.defaults().progressInterval()).isEqualTo(10_000);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theListenerIsToldEveryIntervalWithTheTotalWhenKnown(ExportFormat format) throws IOException {
        List<Call> calls = new ArrayList<>();
        ExportOptions options = ExportOptions.defaults().withProgressInterval(100).withExpectedRows(350)
                .withProgress((rows, total) -> calls.add(new Call(rows, total)));

        ExportResult result = TabularWriter.write(format, new ByteArrayOutputStream(), COLUMNS, new Rows(350),
                options);

        assertThat(result).isEqualTo(new ExportResult(350, false));
        assertThat(calls).containsExactly(new Call(100, 350), new Call(200, 350), new Call(300, 350));
    }

    @Test
    void anUnknownTotalIsReportedAsSuch() throws IOException {
        List<Call> calls = new ArrayList<>();
        ExportOptions options = ExportOptions.defaults().withProgressInterval(2)
                .withProgress((rows, total) -> calls.add(new Call(rows, total)));

        TabularWriter.write(ExportFormat.CSV, new ByteArrayOutputStream(), COLUMNS, new Rows(4), options);

        assertThat(calls).containsExactly(new Call(2, ProgressListener.UNKNOWN_TOTAL),
                new Call(4, ProgressListener.UNKNOWN_TOTAL));
    }

    @Test
    void cancellingACsvExportLeavesWholeRowsOnly() throws IOException {
        Rows rows = new Rows(1_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportResult result = TabularWriter.write(ExportFormat.CSV, out, COLUMNS, rows, cancelAt(200));

        assertThat(result).isEqualTo(new ExportResult(200, true));
        assertThat(rows.given).isEqualTo(200);
        assertThat(csvText(out.toByteArray())).endsWith("\r\n");
        List<CSVRecord> records = parseCsv(out.toByteArray(), ';');
        assertThat(records).hasSize(201);
        CSVRecord last = records.get(200);
        assertThat(last.values()).containsExactly("200", "avis n° 200; \"cité\"\nsur deux lignes", "0");
    }

    @Test
    void cancellingAnXlsxExportStillGivesAReadableWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportResult result = TabularWriter.write(ExportFormat.XLSX, out, COLUMNS, new Rows(1_000),
                cancelAt(300).withFlushInterval(128));

        assertThat(result).isEqualTo(new ExportResult(300, true));
        List<Row> rows = readXlsx(out.toByteArray()).get(0).rows();
        assertThat(rows).hasSize(301);
        assertThat(rows.get(300).getCell(0).getRawValue()).isEqualTo("300");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aSinkThrowsOnceCancelledAndClosingFinishesTheFile(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rows rows = new Rows(1_000);
        RowSink<Object[]> sink = TabularWriter.open(format, out, COLUMNS, cancelAt(100));
        try (sink) {
            assertThatThrownBy(() -> {
                while (rows.hasNext()) {
                    sink.write(rows.next());
                }
            }).isInstanceOfSatisfying(ExportCancelledException.class,
                    e -> assertThat(e.rowsWritten()).isEqualTo(100));
            assertThat(sink.cancelled()).isTrue();
            assertThatThrownBy(() -> sink.write(new Object[] {0, "", 0}))
                    .isInstanceOf(ExportCancelledException.class);
            assertThat(sink.rowsWritten()).isEqualTo(100);
        }

        assertThatThrownBy(() -> sink.write(new Object[] {0, "", 0})).isInstanceOf(IllegalStateException.class);
        int lines = format == ExportFormat.CSV ? parseCsv(out.toByteArray(), ';').size()
                : readXlsx(out.toByteArray()).get(0).rows().size();
        assertThat(lines).isEqualTo(101);
    }

    @Test
    void aFailingColumnLeavesNoPartialRow() throws IOException {
        List<Column<Object[]>> columns = List.of(Column.of("n", row -> row[0]),
                Column.of("inverse", row -> 1 / (Integer) row[0]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowSink<Object[]> sink = TabularWriter.open(ExportFormat.CSV, out, columns,
                ExportOptions.defaults())) {
            sink.write(new Object[] {1});
            assertThatThrownBy(() -> sink.write(new Object[] {0})).isInstanceOf(ArithmeticException.class);
        }

        assertThat(csvText(out.toByteArray())).isEqualTo("n;inverse\r\n1;1\r\n");
    }

    private static ExportOptions cancelAt(int count) {
        return ExportOptions.defaults().withProgressInterval(50).withProgress((rows, total) -> rows < count);
    }
}
