package org.reservoir.reporting.events;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Reads the consumer's {@code processed_event} table: which events it has applied. */
final class ProcessedEvents {

    private ProcessedEvents() {
    }

    /** How many of {@code eventIds} are recorded as processed. */
    static long count(DataSource db, List<String> eventIds) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from processed_event where event_id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", eventIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
