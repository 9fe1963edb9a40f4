package org.spplus.plugin.experiences.export;

/**
 * Thrown by {@link RowSink#write(Object)} once its {@link ProgressListener} has asked to stop. The rows written
 * until then are complete; closing the sink (as a try-with-resources block does before the exception reaches
 * the caller's handler) finishes a well-formed file holding exactly those rows.
 */
public class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long rowsWritten;

    public ExportCancelledException(long rowsWritten) {
        super("Export cancelled after " + rowsWritten + " rows");
        this.rowsWritten = rowsWritten;
    }

    /** The data rows in the file. */
    public long rowsWritten() {
        return rowsWritten;
    }
}
