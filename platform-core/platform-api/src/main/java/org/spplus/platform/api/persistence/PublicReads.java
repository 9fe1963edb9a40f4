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

    /** Queries on the connection of one {@link #read}. */
    interface Reader {

        /**
         * The rows of a {@code select} (or {@code with}) statement with {@code ?} parameters, each row as the
         * driver gives its columns' values (numbers, strings, booleans, {@code java.sql.Timestamp},
         * {@code java.sql.Date}).
         */
        List<Object[]> rows(String sql, List<?> params);
    }
}
