package org.spplus.plugin.experiences.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/** What both formats share: reading the values of a row, counting, progress, cancellation and closing. */
abstract class AbstractRowSink<T> implements RowSink<T> {

    protected final List<Column<T>> columns;
    protected final ExportOptions options;
    private final Object[] values;
    private final ProgressListener progress;
    private final int progressInterval;
    private long rows;
    private boolean cancelled;
    private boolean closed;

    AbstractRowSink(List<Column<T>> columns, ExportOptions options) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("An export needs at least one column");
        }
        this.options = Objects.requireNonNull(options, "options");
        this.values = new Object[this.columns.size()];
        this.progress = options.progress();
        this.progressInterval = options.progressInterval();
    }

    /** Writes the header row (for XLSX, at the top of each sheet); called by the subclass itself. */
    protected abstract void writeHeader() throws IOException;

    /** Writes one row of values (the array is reused for the next row). */
    protected abstract void writeValues(Object[] values) throws IOException;

    /** Ends the file and flushes the output stream, without closing it. */
    protected abstract void finish() throws IOException;

    @Override
    public final void write(T row) {
        if (closed) {
            throw new IllegalStateException("Export already closed");
        }
        if (cancelled) {
            throw new ExportCancelledException(rows);
        }
        Objects.requireNonNull(row, "row");
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).valueOf(row);
        }
        try {
            writeValues(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        if (rows % progressInterval == 0 && !progress.onProgress(rows, options.expectedRows())) {
            cancelled = true;
            throw new ExportCancelledException(rows);
        }
    }

    @Override
    public final long rowsWritten() {
        return rows;
    }

    @Override
    public final boolean cancelled() {
        return cancelled;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The instant of an instant-like value ({@code OffsetDateTime}, {@code ZonedDateTime}, {@code Instant},
     * {@code java.util.Date} and its SQL subclasses), to the second; null for any other value.
     */
    static Instant instantOf(Object value) {
        Instant instant;
        if (value instanceof OffsetDateTime offsetDateTime) {
            instant = offsetDateTime.toInstant();
        } else if (value instanceof ZonedDateTime zonedDateTime) {
            instant = zonedDateTime.toInstant();
        } else if (value instanceof Instant i) {
            instant = i;
        } else if (value instanceof Date date) {
            instant = Instant.ofEpochMilli(date.getTime());
        } else {
            return null;
        }
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
