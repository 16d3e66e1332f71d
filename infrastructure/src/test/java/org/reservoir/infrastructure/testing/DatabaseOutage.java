package org.reservoir.infrastructure.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The service's database unavailable to it while this is open, as an outage looks from the service: every connection it
 * holds is terminated and new ones are refused ("too many connections for role"); {@link #close()} ends the outage.
 * The server itself keeps running, so other test JVMs and the test's own superuser connection are unaffected.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final String role;

    private DatabaseOutage(String role) {
        this.role = role;
    }

    /** Starts an outage for {@link ReservoirTestResource#DATABASE}'s role. */
    public static DatabaseOutage begin() {
        DatabaseOutage outage = new DatabaseOutage(ReservoirTestResource.DATABASE);
        outage.run("alter role \"" + outage.role + "\" connection limit 0");
        outage.run("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + outage.role + "'");
        return outage;
    }

    @Override
    public void close() {
        run("alter role \"" + role + "\" connection limit -1");
    }

    private void run(String sql) {
        try (Connection c = DriverManager.getConnection(ReservoirTestResource.superuserJdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
