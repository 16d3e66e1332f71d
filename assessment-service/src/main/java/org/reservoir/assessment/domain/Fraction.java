package org.reservoir.assessment.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An exact share such as {@code 1/3}: vote shares are compared by cross-multiplying counts, never as rounded decimals. */
public record Fraction(long numerator, long denominator) {

    public Fraction {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share lies between 0/1 and 1/1: " + numerator + "/" + denominator);
        }
    }

    @JsonCreator
    public static Fraction parse(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a fraction n/d: " + text);
        }
        return new Fraction(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
    }

    /** Whether {@code part} of {@code whole} is at least this share; false when nothing was counted. */
    public boolean reachedBy(long part, long whole) {
        return whole > 0 && part * denominator >= numerator * whole;
    }

    @JsonValue
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
