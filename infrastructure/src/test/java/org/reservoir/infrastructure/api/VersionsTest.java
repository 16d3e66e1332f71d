package org.reservoir.infrastructure.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionsTest {

    private static int status(String ifMatch, long current) {
        return assertThrows(ProblemException.class, () -> Versions.requireMatch(ifMatch, current)).status();
    }

    @Test
    void anUpdateNamesTheVersionItRead() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertEquals(412, status("\"2\"", 3));
        assertEquals(428, status(null, 3));
        assertEquals(428, status(" ", 3));
    }

    @Test
    void aWeakTagNeverMatches() {
        assertEquals(412, status("W/\"3\"", 3));
    }

    @Test
    void aListOfTagsNamesNoSingleVersionAndIsRefused() {
        assertEquals(428, status("\"2\", \"3\"", 3));
        assertEquals(428, status("W/\"3\", \"3\"", 3));
        String everyVersion = String.join(", ", java.util.stream.IntStream.range(0, 300).mapToObj(i -> "\"" + i + "\"").toList());
        assertEquals(428, status(everyVersion, 7));
    }

    @Test
    void aRefusedTagIsRepeatedOnlyInPart() {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.requireMatch("\"" + "9".repeat(5000) + "\"", 3));
        assertEquals(412, e.status());
        assertTrue(java.util.Arrays.stream(e.args()).allMatch(a -> a.toString().length() <= 25), java.util.Arrays.toString(e.args()));
    }

    @Test
    void aWildcardNamesNoVersionAndIsRefused() {
        assertEquals(428, status("*", 3));
        assertEquals(428, status("\"*\"", 0));
        assertEquals(428, status("\"3\", *", 3));
    }
}
