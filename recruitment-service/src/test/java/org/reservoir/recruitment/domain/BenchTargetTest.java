package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchTargetTest {

    @Test
    void noTargetIsTwoToThree() {
        BenchTarget t = BenchTarget.of(null, null);
        assertEquals(new BenchTarget(2, 3), t);
        assertEquals("BELOW_TARGET", t.status(1));
        assertEquals("ON_TARGET", t.status(2));
        assertEquals("ON_TARGET", t.status(3));
        assertEquals("ABOVE_TARGET", t.status(4));
    }

    @Test
    void aMinimumAloneHasNoUpperBound() {
        // Shangdu: at least 3 per village.
        BenchTarget t = BenchTarget.of(3, null);
        assertNull(t.max());
        assertTrue(t.valid());
        assertEquals("BELOW_TARGET", t.status(2));
        assertEquals("ON_TARGET", t.status(3));
        assertEquals("ON_TARGET", t.status(4));
        assertEquals("ON_TARGET", t.status(40));
    }

    @Test
    void aMaximumAloneKeepsTheDefaultMinimum() {
        assertEquals(new BenchTarget(2, 5), BenchTarget.of(null, 5));
        assertEquals("ABOVE_TARGET", BenchTarget.of(null, 5).status(6));
    }

    @Test
    void aMaximumBelowTheMinimumIsInvalid() {
        assertFalse(BenchTarget.of(3, 2).valid());
        assertFalse(BenchTarget.of(null, 1).valid());
        assertTrue(BenchTarget.of(3, 3).valid());
    }
}
