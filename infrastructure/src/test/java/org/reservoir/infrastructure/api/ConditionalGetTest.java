package org.reservoir.infrastructure.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionalGetTest {

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAList() {
        assertTrue(ConditionalGet.matches("\"3\"", 3));
        assertTrue(ConditionalGet.matches("W/\"3\"", 3));
        assertTrue(ConditionalGet.matches("\"1\", \"3\"", 3));
        assertTrue(ConditionalGet.matches("*", 3));
        assertFalse(ConditionalGet.matches("\"2\"", 3));
        assertFalse(ConditionalGet.matches(null, 3));
        assertFalse(ConditionalGet.matches(" ", 3));
    }

    @Test
    void answers304WithTheTagOr200WithTheBody() {
        var notModified = ConditionalGet.ok("body", 7, "\"7\"");
        assertEquals(304, notModified.getStatus());
        assertNull(notModified.getEntity());
        assertEquals("7", notModified.getEntityTag().getValue());
        var fresh = ConditionalGet.ok("body", 8, "\"7\"");
        assertEquals(200, fresh.getStatus());
        assertEquals("body", fresh.getEntity());
        assertEquals("8", fresh.getEntityTag().getValue());
    }
}
