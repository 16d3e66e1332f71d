package org.reservoir.infrastructure.events;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure text that readiness, dead-letter headers and logs carry: the innermost cause, bounded. */
class RootMessageTest {

    @Test
    void theInnermostCauseIsNamedWithItsMessage() {
        Exception wrapped = new IllegalStateException("transaction failed", new RuntimeException("flush", new SQLException("deadlock detected")));
        assertEquals("SQLException: deadlock detected", OutboxRelay.rootMessage(wrapped));
        assertEquals("IllegalArgumentException: null", OutboxRelay.rootMessage(new IllegalArgumentException()));
    }

    @Test
    void aLongMessageIsCutAtTheLimit() {
        String detail = "x".repeat(10_000);
        String text = OutboxRelay.rootMessage(new RuntimeException(new IllegalStateException(detail)));
        assertEquals(OutboxRelay.MESSAGE_LIMIT, text.length());
        assertTrue(text.startsWith("IllegalStateException: xxx"), text.substring(0, 40));
        assertTrue(text.endsWith("…"));
        String exact = "y".repeat(OutboxRelay.MESSAGE_LIMIT - "IllegalStateException: ".length());
        assertEquals("IllegalStateException: " + exact, OutboxRelay.rootMessage(new IllegalStateException(exact)), "at the limit: whole");
    }
}
