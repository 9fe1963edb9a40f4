package org.spplus.platform.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGStatement;
import org.spplus.platform.api.persistence.PlatformStatements;
import org.spplus.platform.api.persistence.PublicReads;

/**
 * Public reads and platform statements through JDBC on the application's data source. Outside a transaction the
 * pool hands out a connection in autocommit that no transaction enlists; no {@code spplus.tenant_id} is set on it
 * (that setting only ever lives as long as a transaction), so tenant-owned tables show no row and take none.
 *
 * <p>A read {@linkplain Reader#rowsPlannedForValues planned for its values} is sent as the driver's unnamed statement,
 * which PostgreSQL plans when it is given its values, at every run. Every other statement is prepared on the server
 * after a few runs, and PostgreSQL keeps its plan when a generic one is not worse.
 */
@ApplicationScoped
public class JdbcStatements implements PublicReads, PlatformStatements {

    @Inject
    ContainerResources container;

    @Override
    public <T> T read(Function<Reader, T> work) {
        try (Connection connection = container.dataSource().getConnection()) {
            return work.apply(new Reader() {
                @Override
                public List<Object[]> rows(String sql, List<?> params) {
                    return JdbcStatements.rows(connection, selectOnly(sql), params, false);
                }

                @Override
                public List<Object[]> rowsPlannedForValues(String sql, List<?> params) {
                    return JdbcStatements.rows(connection, selectOnly(sql), params, true);
                }
            });
        } catch (SQLException e) {
            throw new PersistenceException("Public read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Object[]> rows(String sql, List<?> params) {
        return read(reader -> reader.rows(sql, params));
    }

    @Override
    public int update(String sql, List<?> params) {
        try (Connection connection = container.dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Statement failed: " + e.getMessage(), e);
        }
    }

    private static String selectOnly(String sql) {
        String start = sql.stripLeading();
        if (!start.regionMatches(true, 0, "select", 0, 6) && !start.regionMatches(true, 0, "with", 0, 4)) {
            throw new IllegalArgumentException("Public reads only run select statements: " + sql);
        }
        return sql;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Never a server-side prepared statement: each run is planned with its values. */
    private static void plannedForItsValues(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    private static List<Object[]> rows(Connection connection, String sql, List<?> params, boolean plannedForValues) {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            if (plannedForValues && !params.isEmpty()) { // without values, it has one plan like any other
                plannedForItsValues(statement);
            }
            return rows(statement);
        } catch (SQLException e) {
            throw new PersistenceException("Public read failed: " + e.getMessage(), e);
        }
    }

    private static List<Object[]> rows(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = result.getObject(c + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
