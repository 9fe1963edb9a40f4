package org.spplus.plugin.experiences.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: its header and how to get its value from a row.
 *
 * <p>The value may be a {@link String} (or any object, written as its {@code toString()}), a {@link Number},
 * a {@link Boolean}, a {@link java.time.LocalDate}, a {@link java.time.LocalDateTime}, an
 * {@link java.time.OffsetDateTime}, {@link java.time.ZonedDateTime}, {@link java.time.Instant} or
 * {@link java.util.Date} (the last four are shown in {@link ExportOptions#zone()}), an {@link Enum} (written
 * as its {@code name()}: map it to a label in the function if a label is wanted), or {@code null} (an empty
 * cell). The function is called once per row and should not do I/O of its own.
 *
 * @param header the header cell's text
 * @param value  the function giving the cell's value for a row
 * @param <T>    the row type
 */
public record Column<T>(String header, Function<? super T, ?> value) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }

    public static <T> Column<T> of(String header, Function<? super T, ?> value) {
        return new Column<>(header, value);
    }

    /** This column's value for a row. */
    public Object valueOf(T row) {
        return value.apply(row);
    }
}
