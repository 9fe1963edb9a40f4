package org.spplus.platform.api.persistence;

import java.util.List;
import java.util.function.Function;

/**
 * Reads of platform-wide public data (the public read models), outside any transaction: plain SQL on one pooled
 * connection in autocommit, with no tenant applied, so that row-level security hides every tenant-owned row.
 * For the pages the public reads most: there a transaction's begin, enlistment and commit, and the entity
 * manager's unit of work, cost more than the query. Anything that writes, or reads a tenant's data, goes
 * through {@link Persistence} in a transaction.
 */
public interface PublicReads {

    /** Runs {@code work} with one connection; what it returns is the result. */
    <T> T read(Function<Reader, T> work);

    /** Shorthand for one query. */
    default List<Object[]> rows(String sql, List<?> params) {
        return read(reader -> reader.rows(sql, params));
    }

    /** Shorthand for one query planned for its values ({@link Reader#rowsPlannedForValues}). */
    default List<Object[]> rowsPlannedForValues(String sql, List<?> params) {
        return read(reader -> reader.rowsPlannedForValues(sql, params));
    }

    /** Queries on the connection of one {@link #read}. */
    interface Reader {

        /**
         * The rows of a {@code select} (or {@code with}) statement with {@code ?} parameters, each row as the
         * driver gives its columns' values (numbers, strings, booleans, {@code java.sql.Timestamp},
         * {@code java.sql.Date}).
         */
        List<Object[]> rows(String sql, List<?> params);

        /**
         * Like {@link #rows}, for a query whose best way depends on its values (a full-text search: a rare word is
         * found through the full-text index, a common one by walking the newest rows; filters that keep few or many
         * rows): it is planned for them at every run. With {@link #rows}, PostgreSQL may keep, for a statement run
         * often, a generic plan that picks one way for all values (66 ms instead of 1 for a search at ten thousand
         * stories).
         */
        List<Object[]> rowsPlannedForValues(String sql, List<?> params);
    }
}
