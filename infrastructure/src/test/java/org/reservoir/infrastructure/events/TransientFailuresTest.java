package org.reservoir.infrastructure.events;

import com.fasterxml.jackson.core.JsonParseException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consumer's line between an outage (wait and apply again) and a poison event (dead-letter). */
class TransientFailuresTest {

    /** What pgjdbc really throws when nothing listens on the database's port. */
    private static SQLException connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty("user", "nobody");
        p.setProperty("connectTimeout", "2");
        return assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/none", p));
    }

    @Test
    void aRefusedOrLostConnectionIsAnOutageHoweverDeeplyWrapped() throws Exception {
        SQLException refused = connectionRefused();
        assertTrue(refused.getSQLState().startsWith("08"), refused.getSQLState());
        assertTrue(TransientFailures.isTransient(refused));
        // As the handler's transaction reports it: Hibernate's translation inside the runner's wrapper.
        assertTrue(TransientFailures.isTransient(new IllegalStateException("transaction failed",
                new JDBCConnectionException("could not prepare statement", refused))));
        assertTrue(TransientFailures.isTransient(new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertTrue(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("too many connections for role", "53300")));
    }

    @Test
    void noPooledConnectionInTimeIsAnOutage() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void serializationFailuresAndDeadlocksPassOnARetry() {
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailures.isTransient(new LockAcquisitionException("deadlock", new SQLException("deadlock detected", "40P01"))));
        SQLException batch = new SQLException("batch entry 0 failed", "42000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(TransientFailures.isTransient(batch), "the cause can sit in the next exception of a batch");
    }

    @Test
    void theEventsOwnFailuresAreNotOutages() throws Exception {
        assertFalse(TransientFailures.isTransient(new RefusedEvent("village unknown")));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("no code in the payload")));
        assertFalse(TransientFailures.isTransient(new JsonParseException(null, "Unexpected character")));
        assertFalse(TransientFailures.isTransient(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(TransientFailures.isTransient(new SQLException("value too long for type character varying(20)", "22001")));
        assertFalse(TransientFailures.isTransient(new SQLException("no SQLState at all")));
        RefusedEvent refusedDuringOutage = new RefusedEvent("contradicts the rules");
        refusedDuringOutage.initCause(connectionRefused());
        assertFalse(TransientFailures.isTransient(new IllegalStateException(refusedDuringOutage)), "a refusal is the event's fault");
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(TransientFailures.isTransient(a));
    }
}
