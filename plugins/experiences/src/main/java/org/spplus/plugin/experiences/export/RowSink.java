package org.spplus.plugin.experiences.export;

/**
 * Push-style writer of an export: rows are written one at a time, in order, and are not kept once written (XLSX
 * keeps at most a few thousand rows in memory before writing them out). Obtained from
 * {@link TabularWriter#open}; not thread-safe.
 *
 * <p>Use it in a try-with-resources block: {@link #close()} finishes the file (CSV: flushes the last rows;
 * XLSX: writes the end of the sheet and the workbook parts) and flushes the output stream, but <b>does not
 * close the output stream</b>, which stays the caller's (a servlet container closes its response stream
 * itself, and a caller may want to write more, e.g. into a ZIP entry).
 *
 * @param <T> the row type
 */
public interface RowSink<T> extends AutoCloseable {

    /**
     * Writes one row. The column values are all read before anything is written, so a failing column function
     * leaves no partial row.
     *
     * @throws ExportCancelledException    when the progress listener asked to stop, after this row (and on every
     *                                     later call)
     * @throws java.io.UncheckedIOException when the output stream fails
     * @throws IllegalStateException       once closed
     */
    void write(T row);

    /** The data rows written so far (the header is not counted). */
    long rowsWritten();

    /** Whether the progress listener asked to stop. */
    boolean cancelled();

    /**
     * Finishes the file and flushes the output stream, without closing it. Does nothing the second time.
     *
     * @throws java.io.UncheckedIOException when the output stream fails
     */
    @Override
    void close();
}
