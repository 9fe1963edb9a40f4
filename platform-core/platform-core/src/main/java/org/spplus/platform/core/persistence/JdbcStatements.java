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
import javax.sql.DataSource;
import org.spplus.platform.api.persistence.PlatformStatements;
import org.spplus.platform.api.persistence.PublicReads;

/**
 * Public reads and platform statements through JDBC on the application's data source. Outside a transaction the
 * pool hands out a connection in autocommit that no transaction enlists; no {@code spplus.tenant_id} is set on it
 * (that setting only ever lives as long as a transaction), so tenant-owned tables show no row and take none.
 *
 * <p>A read {@linkplain Reader#rowsPlannedForValues planned for its values} runs on the second pool of the same
 * database, where PostgreSQL plans every statement for its values ({@link DataSources#PLANNED_JNDI_NAME}). On the
 * first, a statement run often is prepared on the server, and PostgreSQL keeps its plan when a generic one is not
 * worse.
 */
@ApplicationScoped
public class JdbcStatements implements PublicReads, PlatformStatements {

    @Inject
    ContainerResources container;

    @Override
    public <T> T read(Function<Reader, T> work) {
        try (Connections connections = new Connections()) {
            return work.apply(new Reader() {
                @Override
                public List<Object[]> rows(String sql, List<?> params) {
                    return JdbcStatements.rows(connections.kept(), selectOnly(sql), params);
                }

                @Override
                public List<Object[]> rowsPlannedForValues(String sql, List<?> params) {
                    return JdbcStatements.rows(connections.planned(), selectOnly(sql), params);
                }
            });
        } catch (SQLException e) {
            throw new PersistenceException("Public read failed: " + e.getMessage(), e);
        }
    }

    /** The connections of one read, each taken from its pool when first needed. */
    private final class Connections implements AutoCloseable {

        private Connection kept;
        private Connection planned;

        Connection kept() {
            if (kept == null) {
                kept = open(container.dataSource());
            }
            return kept;
        }

        Connection planned() {
            if (planned == null) {
                planned = open(container.plannedDataSource());
            }
            return planned;
        }

        private static Connection open(DataSource pool) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                throw new PersistenceException("Public read failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection first = kept; Connection second = planned) {
                // both returned to their pools
            }
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

    private static List<Object[]> rows(Connection connection, String sql, List<?> params) {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
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
