package org.reservoir.infrastructure.events;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure of the consumer's surroundings, which passes by itself, from a failure of the event: the database
 * refusing or losing connections, the pool finding none in time, a serialization failure or deadlock. Such an event is
 * applied again once the database is back, never dead-lettered. A {@link RefusedEvent} anywhere in the chain is the
 * event's own fault, whatever else went wrong.
 */
final class TransientFailures {

    /**
     * SQLState classes and codes that say nothing about the event: 08 connection exception, 53 insufficient resources
     * (too many connections, out of memory or disk), 40001 serialization failure, 40P01 deadlock, 55P03 lock not
     * available, 57P01–57P03 the server shutting down, crashed or starting.
     */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53");
    private static final Set<String> STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02", "57P03");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        boolean passing = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof RefusedEvent) {
                return false;
            }
            passing |= passing(t);
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                     next = next.getNextException()) {
                    passing |= passing(next);
                }
            }
        }
        return passing;
    }

    private static boolean passing(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof SocketException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() == 5) {
                return STATES.contains(state) || STATE_CLASSES.contains(state.substring(0, 2));
            }
            // Agroal's pool gives up waiting for a connection without a SQLState.
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }
}
