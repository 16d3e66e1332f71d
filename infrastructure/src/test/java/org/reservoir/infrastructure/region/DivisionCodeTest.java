package org.reservoir.infrastructure.region;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivisionCodeTest {

    @Test
    void levelsFollowTheTrailingZeros() {
        assertEquals(DivisionCode.Level.NATIONAL, new DivisionCode("000000000000").level());
        assertEquals(DivisionCode.Level.PROVINCE, new DivisionCode("650000000000").level());
        assertEquals(DivisionCode.Level.CITY, new DivisionCode("652300000000").level());
        assertEquals(DivisionCode.Level.COUNTY, new DivisionCode("652327000000").level());
        assertEquals(DivisionCode.Level.TOWNSHIP, new DivisionCode("652327101000").level());
        assertEquals(DivisionCode.Level.VILLAGE, new DivisionCode("652327101201").level());
        assertEquals(DivisionCode.Level.VILLAGE, new DivisionCode("652327101010").level());
    }

    @Test
    void theCodeEncodesItsParent() {
        assertEquals("652327101000", new DivisionCode("652327101201").parent().orElseThrow().value());
        assertEquals("652327000000", new DivisionCode("652327101000").parent().orElseThrow().value());
        assertEquals("652300000000", new DivisionCode("652327000000").parent().orElseThrow().value());
        assertEquals("000000000000", new DivisionCode("650000000000").parent().orElseThrow().value());
        assertEquals(Optional.empty(), new DivisionCode("000000000000").parent());
    }

    @Test
    void malformedCodesAreRejected() {
        assertFalse(DivisionCode.isWellFormed(null));
        assertFalse(DivisionCode.isWellFormed("65232710120"));
        assertFalse(DivisionCode.isWellFormed("6523271012011"));
        assertFalse(DivisionCode.isWellFormed("65232710120x"));
        assertFalse(DivisionCode.isWellFormed("652327000201"), "a village without a township");
        assertFalse(DivisionCode.isWellFormed("650027000000"), "a county without a city");
        assertThrows(IllegalArgumentException.class, () -> new DivisionCode("12"));
    }

    @Test
    void jurisdictionIsThePrefix() {
        DivisionCode county = new DivisionCode("652327000000");
        DivisionCode township = new DivisionCode("652327101000");
        assertTrue(county.covers(new DivisionCode("652327101201")));
        assertTrue(county.covers(county));
        assertTrue(township.covers(new DivisionCode("652327101201")));
        assertFalse(township.covers(new DivisionCode("652327102201")));
        assertFalse(township.covers(county));
        assertFalse(county.covers(new DivisionCode("652328101201")));
        assertTrue(new DivisionCode("000000000000").covers(county));
        assertEquals("652327101", township.prefix());
    }
}
