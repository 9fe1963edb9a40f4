/**
 * Exports of any list of rows (stories, answers, actions...) as CSV or XLSX, streamed so that a million rows
 * take flat memory, with progress reports and cancellation. Independent of where the rows come from: give
 * {@link org.spplus.plugin.experiences.export.TabularWriter} the {@link org.spplus.plugin.experiences.export.Column
 * columns} and an iterator, a stream, or push rows into a {@link org.spplus.plugin.experiences.export.RowSink}.
 *
 * <p>Text is protected against formula ("CSV") injection and cleaned of control characters in both formats; the
 * writers flush but never close the caller's output stream.
 */
package org.spplus.plugin.experiences.export;
