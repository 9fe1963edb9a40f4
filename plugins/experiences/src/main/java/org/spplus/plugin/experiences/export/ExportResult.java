package org.spplus.plugin.experiences.export;

/**
 * What a pull-style {@link TabularWriter#write} did.
 *
 * @param rowsWritten the data rows in the file (the header is not counted)
 * @param cancelled   whether the {@link ProgressListener} stopped the export before the rows ran out
 */
public record ExportResult(long rowsWritten, boolean cancelled) {
}
