package org.reservoir.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from zonky's packaged binaries. One server hosts every service's database,
 * each owned by its own role, as separate servers would in production.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts a server on {@code port} with its data in {@code dataDir}. With {@code keepData} the
     * directory survives restarts (the local stack); without, it starts empty (tests).
     */
    public static PostgresServer start(Path dataDir, int port, boolean keepData) {
        try {
            Files.createDirectories(dataDir.getParent());
            Processes.killStale(dataDir.resolve("postmaster.pid"), "postgres");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(dataDir.getParent().resolve("pg-binaries").toFile())
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", keepData ? "on" : "off")
                    .setServerConfig("synchronous_commit", keepData ? "on" : "off")
                    // The bench times a projection row from its commit (pg_xact_commit_timestamp), not its transaction's start.
                    .setServerConfig("track_commit_timestamp", "on")
                    .start();
            return new PostgresServer(pg, port);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the role and the database it owns, unless they exist already. */
    public void ensureDatabase(String database, String role, String password) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                s.execute("create role \"" + role + "\" login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database \"" + database + "\" owner \"" + role + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
