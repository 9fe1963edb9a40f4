package org.spplus.plugin.experiences.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, streamed: rows are kept in memory only until the next flush (every
 * {@link ExportOptions#flushInterval()} rows), then compressed into the output stream.
 *
 * <ul>
 * <li>A bold, frozen header row; column widths from the header and the rows before the first flush (8 to 60
 * characters).</li>
 * <li>Text as inline strings, not through the shared-strings table, which fastexcel keeps in memory until the
 * end (a million distinct comments would all stay there).</li>
 * <li>Numbers and booleans as such; dates and date-times as real dates with a date format ({@code yyyy-mm-dd} or
 * {@code dd/mm/yyyy}, with {@code hh:mm:ss} for date-times); instants in the options' zone (XLSX has no zones).
 * Longs beyond 2^53 lose precision in a spreadsheet, as any number there is a double.</li>
 * <li>A text longer than 32,767 characters (the XLSX limit for a cell) is cut to that length: the rest is lost.
 * </li>
 * <li>A sheet holds 1,048,576 rows, header included: past that, the rows go on in a new sheet "Export (2)" (then
 * "(3)", ...) that repeats the header.</li>
 * </ul>
 */
final class XlsxRowSink<T> extends AbstractRowSink<T> {

    private static final String APPLICATION = "Services Publics+";
    private static final int MAX_SHEET_NAME = 31;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final byte NO_RUN = 0;
    private static final byte DATE = 1;
    private static final byte DATE_TIME = 2;

    private final OutputStream out;
    private final Workbook workbook;
    private final int maxRows;
    private final int flushInterval;
    private final String dateFormat;
    private final String dateTimeFormat;
    private final int[] widths;
    /*
     * Date cells need a date format style. Styling each cell on its own costs a style look-up per cell, so the
     * style is applied, before each flush, to each column's runs of consecutive date cells of the same kind.
     */
    private final byte[] runKind;
    private final int[] runStart;
    private final int[] runEnd;

    private Worksheet sheet;
    private int sheetCount;
    /** The next row's index in the current sheet. */
    private int row;
    private int rowsSinceFlush;
    /** Whether the current sheet has been flushed once (its column widths are then fixed). */
    private boolean sheetStarted;

    XlsxRowSink(OutputStream out, List<Column<T>> columns, ExportOptions options) throws IOException {
        super(columns, options);
        this.out = out;
        this.workbook = new Workbook(out, APPLICATION, null);
        this.maxRows = options.maxRowsPerSheet();
        this.flushInterval = options.flushInterval();
        this.dateFormat = options.frenchDates() ? "dd/mm/yyyy" : "yyyy-mm-dd";
        this.dateTimeFormat = dateFormat + " hh:mm:ss";
        int count = this.columns.size();
        this.widths = new int[count];
        this.runKind = new byte[count];
        this.runStart = new int[count];
        this.runEnd = new int[count];
        newSheet();
    }

    private void newSheet() throws IOException {
        sheetCount++;
        sheet = workbook.newWorksheet(sheetName(options.sheetName(), sheetCount));
        sheet.freezePane(0, 1);
        sheetStarted = false;
        rowsSinceFlush = 0;
        writeHeader();
    }

    @Override
    protected void writeHeader() throws IOException {
        for (int c = 0; c < widths.length; c++) {
            String header = CellText.truncate(CellText.safe(columns.get(c).header()), CellText.XLSX_MAX_CELL_LENGTH);
            sheet.inlineString(0, c, header);
            widths[c] = header.length() + 2; // bold
        }
        sheet.range(0, 0, 0, widths.length - 1).style().bold().set();
        row = 1;
    }

    @Override
    protected void writeValues(Object[] values) throws IOException {
        if (row == maxRows) {
            flush();
            sheet.finish();
            newSheet();
        }
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value != null) {
                cell(c, value);
            }
        }
        row++;
        if (++rowsSinceFlush >= flushInterval) {
            flush();
        }
    }

    private void cell(int c, Object value) {
        if (value instanceof String text) {
            text(c, text);
        } else if (value instanceof Number number) {
            number(c, number);
        } else if (value instanceof Boolean bool) {
            sheet.value(row, c, bool);
            measure(c, 5);
        } else if (value instanceof LocalDate date) {
            sheet.value(row, c, date);
            dated(c, DATE);
        } else if (value instanceof LocalDateTime dateTime) {
            sheet.value(row, c, dateTime);
            dated(c, DATE_TIME);
        } else if (value instanceof Enum<?> constant) {
            text(c, constant.name());
        } else {
            Instant instant = instantOf(value);
            if (instant != null) {
                sheet.value(row, c, LocalDateTime.ofInstant(instant, options.zone()));
                dated(c, DATE_TIME);
            } else {
                text(c, value.toString());
            }
        }
    }

    private void text(int c, String value) {
        String text = CellText.truncate(CellText.safe(value), CellText.XLSX_MAX_CELL_LENGTH);
        if (!text.isEmpty()) {
            sheet.inlineString(row, c, text);
            measure(c, text.length());
        }
    }

    private void number(int c, Number number) {
        Number cell;
        if (number instanceof Integer || number instanceof Long) {
            cell = number;
        } else if (number instanceof Short || number instanceof Byte || number instanceof AtomicInteger) {
            cell = number.intValue();
        } else if (number instanceof AtomicLong
                || number instanceof BigInteger big && big.bitLength() < Long.SIZE) {
            cell = number.longValue();
        } else {
            double d = number.doubleValue();
            if (!Double.isFinite(d)) {
                return;
            }
            cell = d;
        }
        sheet.value(row, c, cell);
        if (!sheetStarted) {
            measure(c, cell.toString().length());
        }
    }

    private void measure(int c, int length) {
        if (!sheetStarted && length > widths[c]) {
            widths[c] = length;
        }
    }

    private void dated(int c, byte kind) {
        measure(c, kind == DATE ? dateFormat.length() : dateTimeFormat.length());
        if (runKind[c] == kind && runEnd[c] == row - 1) {
            runEnd[c] = row;
        } else {
            styleRun(c);
            runKind[c] = kind;
            runStart[c] = row;
            runEnd[c] = row;
        }
    }

    private void styleRun(int c) {
        if (runKind[c] != NO_RUN) {
            sheet.range(runStart[c], c, runEnd[c], c).style()
                    .format(runKind[c] == DATE ? dateFormat : dateTimeFormat).set();
            runKind[c] = NO_RUN;
        }
    }

    /** Writes the rows in memory out to the stream. */
    private void flush() throws IOException {
        for (int c = 0; c < runKind.length; c++) {
            styleRun(c);
        }
        if (!sheetStarted) {
            for (int c = 0; c < widths.length; c++) {
                sheet.width(c, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 1)));
            }
            sheetStarted = true;
        }
        sheet.flush();
        rowsSinceFlush = 0;
    }

    @Override
    protected void finish() throws IOException {
        flush();
        sheet.finish();
        workbook.finish(); // ends the ZIP without closing the caller's stream
        out.flush();
    }

    /**
     * The name of the {@code number}th sheet (1-based): the base name, then "base (2)", "base (3)", ... within
     * Excel's rules (31 characters; none of {@code : \ / ? * [ ]}; no apostrophe at either end).
     */
    static String sheetName(String base, int number) {
        String suffix = number == 1 ? "" : " (" + number + ")";
        String name = CellText.clean(base).replaceAll("[:\\\\/?*\\[\\]\\r\\n\\t]", "-").strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isBlank()) {
            name = ExportOptions.DEFAULT_SHEET_NAME;
        }
        return CellText.truncate(name, MAX_SHEET_NAME - suffix.length()).strip() + suffix;
    }
}
