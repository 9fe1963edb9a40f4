package org.spplus.plugin.experiences.export;

/**
 * Told how far an export has gone, every {@link ExportOptions#progressInterval()} rows, so that a page can show
 * progress; it may ask the export to stop.
 *
 * <p>It is called on the exporting thread, after the row whose number is a multiple of the interval has been
 * written (so with 10,000, 20,000, ...; not after the last row unless its number is such a multiple). It should
 * return quickly: publish the figures (e.g. to a field another thread polls) rather than doing work.
 */
@FunctionalInterface
public interface ProgressListener {

    /** The {@code expectedRows} passed when the total is not known. */
    long UNKNOWN_TOTAL = -1;

    /** A listener that never stops the export. */
    ProgressListener NONE = (rowsWritten, expectedRows) -> true;

    /**
     * @param rowsWritten  data rows written so far (the header is not counted)
     * @param expectedRows the total given by {@link ExportOptions#withExpectedRows(long)}, or
     *                     {@link #UNKNOWN_TOTAL}
     * @return {@code true} to go on, {@code false} to stop the export: the file is then finished cleanly with the
     *         rows written so far, and the writer reports the cancellation (see {@link ExportCancelledException})
     */
    boolean onProgress(long rowsWritten, long expectedRows);
}
