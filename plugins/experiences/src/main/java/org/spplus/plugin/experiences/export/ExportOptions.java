package org.spplus.plugin.experiences.export;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How values are written, and who follows the progress. Immutable: each {@code with...} returns a copy.
 *
 * <p>Presets:
 * <ul>
 * <li>{@link #defaults()}: {@code ;} separator, ISO-8601 dates ({@code 2024-03-05},
 * {@code 2024-03-05T14:30:00}), {@code true}/{@code false}, decimal point;</li>
 * <li>{@link #frenchSpreadsheet()}: for a French Excel: {@code ;} separator, {@code dd/MM/yyyy} dates (as the
 * back office's CSV), {@code oui}/{@code non}, decimal comma ({@code 4,5}: a French Excel reads {@code 4.5} as
 * the 4th of May);</li>
 * <li>{@link #openData()}: {@code ,} separator, ISO-8601 dates, {@code true}/{@code false}, decimal point.</li>
 * </ul>
 * All write the CSV as UTF-8 with a byte order mark (so that Excel recognises UTF-8); see
 * {@link #withByteOrderMark(boolean)}.
 *
 * <p>In XLSX, dates are real dates (the date style only picks the display format), numbers and booleans real
 * numbers and booleans; the separator, boolean and decimal options are CSV-only.
 */
public final class ExportOptions {

    /** Rows between two progress reports, unless told otherwise. */
    public static final int DEFAULT_PROGRESS_INTERVAL = 10_000;
    /** The first sheet's name, unless told otherwise. */
    public static final String DEFAULT_SHEET_NAME = "Export";
    /** The zone in which instants are shown, unless told otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");
    /** Rows in an XLSX sheet, header included (the format's limit). */
    static final int XLSX_MAX_ROWS = 1_048_576;
    /** XLSX rows kept in memory before they are written out. */
    static final int DEFAULT_FLUSH_INTERVAL = 2_000;

    private final char delimiter;
    private final boolean byteOrderMark;
    private final boolean frenchDates;
    private final boolean frenchBooleans;
    private final boolean decimalComma;
    private final ZoneId zone;
    private final String sheetName;
    private final ProgressListener progress;
    private final int progressInterval;
    private final long expectedRows;
    private final int maxRowsPerSheet;
    private final int flushInterval;

    private ExportOptions(char delimiter, boolean byteOrderMark, boolean frenchDates, boolean frenchBooleans,
            boolean decimalComma, ZoneId zone, String sheetName, ProgressListener progress, int progressInterval,
            long expectedRows, int maxRowsPerSheet, int flushInterval) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
        this.frenchDates = frenchDates;
        this.frenchBooleans = frenchBooleans;
        this.decimalComma = decimalComma;
        this.zone = zone;
        this.sheetName = sheetName;
        this.progress = progress;
        this.progressInterval = progressInterval;
        this.expectedRows = expectedRows;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.flushInterval = flushInterval;
    }

    /** {@code ;}, ISO-8601 dates, {@code true}/{@code false}, decimal point, BOM. */
    public static ExportOptions defaults() {
        return new ExportOptions(';', true, false, false, false, DEFAULT_ZONE, DEFAULT_SHEET_NAME,
                ProgressListener.NONE, DEFAULT_PROGRESS_INTERVAL, ProgressListener.UNKNOWN_TOTAL, XLSX_MAX_ROWS,
                DEFAULT_FLUSH_INTERVAL);
    }

    /** {@code ;}, {@code dd/MM/yyyy} dates, {@code oui}/{@code non}, decimal comma, BOM. */
    public static ExportOptions frenchSpreadsheet() {
        return defaults().withFrenchDates(true).withFrenchBooleans(true).withDecimalComma(true);
    }

    /** {@code ,}, ISO-8601 dates, {@code true}/{@code false}, decimal point, BOM. */
    public static ExportOptions openData() {
        return defaults().withDelimiter(',');
    }

    /** The CSV field separator. */
    public char delimiter() {
        return delimiter;
    }

    /** Whether the CSV starts with a UTF-8 byte order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** Whether dates are shown {@code dd/MM/yyyy} (CSV text and XLSX display format) rather than ISO-8601. */
    public boolean frenchDates() {
        return frenchDates;
    }

    /** Whether CSV booleans are {@code oui}/{@code non} rather than {@code true}/{@code false}. */
    public boolean frenchBooleans() {
        return frenchBooleans;
    }

    /** Whether CSV decimals are written with a comma rather than a point. */
    public boolean decimalComma() {
        return decimalComma;
    }

    /**
     * The zone in which instants ({@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant},
     * {@code java.util.Date}) are shown: as local date-times of that zone in XLSX and in French CSV, with that
     * zone's offset in ISO CSV ({@code 2024-03-05T14:30:00+01:00}). Local dates and date-times are written as they
     * are.
     */
    public ZoneId zone() {
        return zone;
    }

    /** The XLSX sheet name (the following sheets, past the row limit, are "name (2)", "name (3)", ...). */
    public String sheetName() {
        return sheetName;
    }

    public ProgressListener progress() {
        return progress;
    }

    public int progressInterval() {
        return progressInterval;
    }

    /** The total passed to the progress listener, or {@link ProgressListener#UNKNOWN_TOTAL}. */
    public long expectedRows() {
        return expectedRows;
    }

    int maxRowsPerSheet() {
        return maxRowsPerSheet;
    }

    int flushInterval() {
        return flushInterval;
    }

    /** A copy with this CSV separator (not a quote, CR or LF). */
    public ExportOptions withDelimiter(char delimiter) {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("Unusable CSV delimiter: " + delimiter);
        }
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withByteOrderMark(boolean byteOrderMark) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withFrenchDates(boolean frenchDates) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withFrenchBooleans(boolean frenchBooleans) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withDecimalComma(boolean decimalComma) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withZone(ZoneId zone) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma,
                Objects.requireNonNull(zone, "zone"), sheetName, progress, progressInterval, expectedRows,
                maxRowsPerSheet, flushInterval);
    }

    /**
     * A copy with this sheet name. Excel's rules are applied when the sheet is created: the characters
     * {@code : \ / ? * [ ]} become {@code -} and the name is cut to 31 characters (suffix included).
     */
    public ExportOptions withSheetName(String sheetName) {
        if (sheetName == null || sheetName.isBlank()) {
            throw new IllegalArgumentException("A sheet name is needed");
        }
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, flushInterval);
    }

    public ExportOptions withProgress(ProgressListener progress) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, Objects.requireNonNull(progress, "progress"), progressInterval, expectedRows,
                maxRowsPerSheet, flushInterval);
    }

    /** A copy reporting progress every {@code rows} rows (at least 1). */
    public ExportOptions withProgressInterval(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("Progress interval must be positive: " + rows);
        }
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, rows, expectedRows, maxRowsPerSheet, flushInterval);
    }

    /** A copy telling the progress listener the total, when the caller knows it (e.g. from a count query). */
    public ExportOptions withExpectedRows(long expectedRows) {
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows < 0 ? ProgressListener.UNKNOWN_TOTAL
                        : expectedRows, maxRowsPerSheet, flushInterval);
    }

    /** For tests: rows per XLSX sheet, header included (at least 2, at most the format's limit). */
    ExportOptions withMaxRowsPerSheet(int rows) {
        if (rows < 2 || rows > XLSX_MAX_ROWS) {
            throw new IllegalArgumentException("Rows per sheet out of range: " + rows);
        }
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, rows, flushInterval);
    }

    /** For tests and tuning: XLSX rows kept in memory before they are written out. */
    ExportOptions withFlushInterval(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("Flush interval must be positive: " + rows);
        }
        return new ExportOptions(delimiter, byteOrderMark, frenchDates, frenchBooleans, decimalComma, zone,
                sheetName, progress, progressInterval, expectedRows, maxRowsPerSheet, rows);
    }
}
