package org.spplus.platform.api.persistence;

import java.util.List;

/**
 * Plain SQL on platform-wide rows that belong to no tenant and are written often on their own, such as a visitor's
 * draft kept at every step of a form: each statement runs on a pooled connection in autocommit and commits by
 * itself, outside any transaction (within one, it joins it). As for {@link PublicReads}, no tenant is applied, so
 * row-level security hides and protects every tenant-owned row. Work whose writes must commit together, or that
 * reads or writes a tenant's data, goes through {@link Persistence} in a transaction.
 */
public interface PlatformStatements {

    /** The rows of a {@code select} statement with {@code ?} parameters (values as {@link PublicReads.Reader} gives them). */
    List<Object[]> rows(String sql, List<?> params);

    /** Runs an {@code insert}, {@code update} or {@code delete} statement with {@code ?} parameters; returns the rows changed. */
    int update(String sql, List<?> params);
}
