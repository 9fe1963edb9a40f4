package org.spplus.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A real PostgreSQL started from the zonky binaries, whose data folder survives restarts. The platform
 * connects as a plain role (not a superuser) so that row-level security applies to it as in production.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "spplus";
    static final String ROLE = "spplus";

    private final EmbeddedPostgres postgres;
    private final String password;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, int port) {
        this.postgres = postgres;
        this.password = password;
        this.port = port;
    }

    static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Path pgData = dataDirectory.resolve("postgres");
        Files.createDirectories(pgData);
        Path binaries = dataDirectory.resolve("postgres-binaries");
        Path unpacked = binaries.resolve(".unpacked");
        if (Files.exists(binaries) && !Files.exists(unpacked)) {
            deleteRecursively(binaries); // left half-unpacked by an interrupted first start
        }
        Files.createDirectories(binaries);
        if (!lockAvailable(pgData)) {
            throw new IllegalStateException("Les données de " + pgData + " sont déjà utilisées par une autre instance "
                    + "de la plateforme : arrêtez-la d'abord (Ctrl+C dans sa console).");
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(pgData.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "128MB")
                .start();
        Files.writeString(unpacked, "ok");
        String password = passwordIn(dataDirectory.resolve("postgres-password"));
        try (Connection admin = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            ensureRoleAndDatabase(admin, password);
        }
        return new EmbeddedDatabase(postgres, password, port);
    }

    /** Creates the platform's role and database if missing; keeps the role's password in step with the file. */
    static void ensureRoleAndDatabase(Connection admin, String password) throws SQLException {
        try (Statement s = admin.createStatement()) {
            boolean roleExists;
            try (PreparedStatement q = admin.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                q.setString(1, ROLE);
                try (ResultSet rs = q.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            s.execute((roleExists ? "alter role " : "create role ") + ROLE
                    + " login nosuperuser nobypassrls password " + quotedPassword);
            boolean databaseExists;
            try (PreparedStatement q = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
                q.setString(1, DATABASE);
                try (ResultSet rs = q.executeQuery()) {
                    databaseExists = rs.next();
                }
            }
            if (!databaseExists) {
                s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
            }
        }
    }

    /** Whether no other process holds the embedded database's lock file. */
    private static boolean lockAvailable(Path pgData) throws IOException {
        Path lockFile = pgData.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            return lock != null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String passwordIn(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        return password;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    String user() {
        return ROLE;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
