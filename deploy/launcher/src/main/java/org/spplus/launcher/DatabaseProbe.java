package org.spplus.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** Tries to connect to the configured database, as the platform will. */
final class DatabaseProbe {

    private final String url;
    private final String user;
    private final String password;

    DatabaseProbe(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Empty if the database answers, else why it does not. */
    Optional<String> problem() {
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.isValid(5) ? Optional.empty() : Optional.of("la connexion ne répond pas");
        } catch (SQLException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
