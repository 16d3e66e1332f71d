package org.reservoir.recruitment.events;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the relay has done with outbox rows, read from recruitment's database. */
final class OutboxRows {

    /** The rows a test writes are picked by one column; only these two are asked for. */
    enum By {
        TOPIC("topic"), MESSAGE_KEY("message_key");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    private OutboxRows() {
    }

    /** Waits until there are rows whose {@code by} column is {@code value} and every one of them is sent; fails after {@code millis}. */
    static void awaitAllSent(AgroalDataSource db, By by, String value, long millis) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) filter (where sent_at is null), count(*) from outbox_event where "
                     + by.column + " = ?")) {
            s.setString(1, value);
            while (true) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(2) > 0 && r.getLong(1) == 0) {
                        return;
                    }
                }
                long waited = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(waited < millis, "the events of " + value + " were not sent within " + millis + " ms");
                Thread.sleep(20);
            }
        }
    }
}
