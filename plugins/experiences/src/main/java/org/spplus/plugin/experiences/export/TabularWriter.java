package org.spplus.plugin.experiences.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes rows as CSV or XLSX, streamed: whatever the number of rows, memory holds at most a few thousand of
 * them (XLSX) or a buffer (CSV). Where the rows come from is the caller's business (a JPA result stream, a
 * paged query, a list).
 *
 * <p>Push style, when the caller owns the loop:
 * <pre>{@code
 * try (RowSink<Story> sink = TabularWriter.open(ExportFormat.XLSX, out, columns, ExportOptions.frenchSpreadsheet())) {
 *     for (Story story : page) {
 *         sink.write(story);
 *     }
 * }
 * }</pre>
 * Pull style, when the rows are an iterator or a stream:
 * <pre>{@code
 * ExportResult result = TabularWriter.write(ExportFormat.CSV, out, columns, stories, ExportOptions.openData());
 * }</pre>
 *
 * <p>The output stream is flushed at the end but never closed: closing it is the caller's job (a servlet
 * container closes its response stream itself). Nothing is buffered on the caller's behalf beyond what the
 * format needs; for a file, pass a {@link java.io.BufferedOutputStream}.
 *
 * <p>In both formats text is cleaned of control characters and neutralised against formula injection (see
 * {@link CellText}); HTML in text is written as plain text.
 */
public final class TabularWriter {

    private TabularWriter() {
    }

    /**
     * Starts an export: writes the header (and, for CSV, the byte order mark) and returns the sink to write the
     * rows to. Close the sink to finish the file.
     */
    public static <T> RowSink<T> open(ExportFormat format, OutputStream out, List<Column<T>> columns,
            ExportOptions options) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(options, "options");
        return switch (format) {
            case CSV -> new CsvRowSink<>(out, columns, options);
            case XLSX -> new XlsxRowSink<>(out, columns, options);
        };
    }

    /**
     * Writes all the rows of an iterator, or those until the progress listener asks to stop, and finishes the
     * file (a stopped export is a well-formed file holding the rows written until then).
     */
    public static <T> ExportResult write(ExportFormat format, OutputStream out, List<Column<T>> columns,
            Iterator<? extends T> rows, ExportOptions options) throws IOException {
        Objects.requireNonNull(rows, "rows");
        try (RowSink<T> sink = open(format, out, columns, options)) {
            try {
                while (rows.hasNext()) {
                    sink.write(rows.next());
                }
            } catch (ExportCancelledException cancelled) {
                return new ExportResult(sink.rowsWritten(), true);
            }
            return new ExportResult(sink.rowsWritten(), false);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes the rows of a stream, as {@link #write(ExportFormat, OutputStream, List, Iterator, ExportOptions)}
     * does. The stream is read in order and not closed (close a JPA result stream in the caller's
     * try-with-resources).
     */
    public static <T> ExportResult write(ExportFormat format, OutputStream out, List<Column<T>> columns,
            Stream<? extends T> rows, ExportOptions options) throws IOException {
        Objects.requireNonNull(rows, "rows");
        return write(format, out, columns, rows.iterator(), options);
    }
}
