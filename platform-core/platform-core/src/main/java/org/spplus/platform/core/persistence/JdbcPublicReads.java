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
import org.spplus.platform.api.persistence.PublicReads;

/**
 * Public reads through JDBC on the application's data source. Outside a transaction the pool hands out a
 * connection in autocommit that no transaction enlists; no {@code spplus.tenant_id} is set on it (that
 * setting only ever lives as long as a transaction), so tenant-owned tables show no row.
 */
@ApplicationScoped
public class JdbcPublicReads implements PublicReads {

    @Inject
    ContainerResources container;

    @Override
    public <T> T read(Function<Reader, T> work) {
        try (Connection connection = container.dataSource().getConnection()) {
            return work.apply((sql, params) -> rows(connection, sql, params));
        } catch (SQLException e) {
            throw new PersistenceException("Public read failed: " + e.getMessage(), e);
        }
    }

    private static List<Object[]> rows(Connection connection, String sql, List<?> params) {
        String start = sql.stripLeading();
        if (!start.regionMatches(true, 0, "select", 0, 6) && !start.regionMatches(true, 0, "with", 0, 4)) {
            throw new IllegalArgumentException("Public reads only run select statements: " + sql);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("Public read failed: " + e.getMessage(), e);
        }
    }
}
