package org.reservoir.infrastructure.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VersionsTest {

    private static int status(String ifMatch, long current) {
        return assertThrows(ProblemException.class, () -> Versions.requireMatch(ifMatch, current)).status();
    }

    @Test
    void anUpdateNamesTheVersionItRead() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("\"2\", \"3\"", 3));
        assertEquals(412, status("\"2\"", 3));
        assertEquals(428, status(null, 3));
        assertEquals(428, status(" ", 3));
    }

    @Test
    void aWeakTagNeverMatches() {
        assertEquals(412, status("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\", \"3\"", 3));
    }

    @Test
    void aWildcardNamesNoVersionAndIsRefused() {
        assertEquals(428, status("*", 3));
        assertEquals(428, status("\"*\"", 0));
        assertEquals(428, status("\"3\", *", 3));
    }
}
