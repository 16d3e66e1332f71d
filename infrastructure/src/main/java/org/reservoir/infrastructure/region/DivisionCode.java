package org.reservoir.infrastructure.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 12-digit statistical division code (统计用区划代码): province (2) · city (2) · county (2) ·
 * township (3) · village (3). A code's level is where its trailing zeros begin, and the code
 * encodes its parent. Tokens carry one as their holder's region, so it is part of the security model:
 * a caller may act on every code that starts with its region's significant digits.
 */
public record DivisionCode(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    /** End offsets of the segments; a code is significant up to the last non-zero segment. */
    private static final int[] SEGMENT_ENDS = {2, 4, 6, 9, 12};

    /** Administrative levels, coarsest first; NATIONAL is the all-zero code of machine clients. */
    public enum Level {
        NATIONAL, PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
    }

    public DivisionCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a 12-digit division code: " + value);
        }
    }

    /**
     * Twelve digits whose non-zero segments are contiguous from the left: {@code 652327100201} yes,
     * {@code 652327000201} (a village without a township) no.
     */
    public static boolean isWellFormed(String value) {
        if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
            return false;
        }
        boolean zeroSeen = false;
        int start = 0;
        for (int end : SEGMENT_ENDS) {
            boolean zero = value.substring(start, end).chars().allMatch(c -> c == '0');
            if (!zero && zeroSeen) {
                return false;
            }
            zeroSeen |= zero;
            start = end;
        }
        return true;
    }

    public static Optional<DivisionCode> parse(String value) {
        return isWellFormed(value) ? Optional.of(new DivisionCode(value)) : Optional.empty();
    }

    public Level level() {
        int significant = significantDigits();
        for (int i = SEGMENT_ENDS.length - 1; i >= 0; i--) {
            if (significant == SEGMENT_ENDS[i]) {
                return Level.values()[i + 1];
            }
        }
        return Level.NATIONAL;
    }

    /** The enclosing division one level up, empty for the national code. */
    public Optional<DivisionCode> parent() {
        int significant = significantDigits();
        int parentDigits = 0;
        for (int end : SEGMENT_ENDS) {
            if (end < significant) {
                parentDigits = end;
            }
        }
        if (significant == 0) {
            return Optional.empty();
        }
        return Optional.of(new DivisionCode(value.substring(0, parentDigits) + "0".repeat(12 - parentDigits)));
    }

    /** The county this division lies in (itself for a county); for codes at county level or below. */
    public DivisionCode county() {
        return truncated(6);
    }

    /** The township this division lies in (itself for a township); for codes at township level or below. */
    public DivisionCode township() {
        return truncated(9);
    }

    private DivisionCode truncated(int digits) {
        return new DivisionCode(value.substring(0, digits) + "0".repeat(12 - digits));
    }

    /** The digits that identify this division; every code below it starts with them. */
    public String prefix() {
        return value.substring(0, significantDigits());
    }

    /** Whether {@code other} is this division or lies inside it. */
    public boolean covers(DivisionCode other) {
        return other.value.startsWith(prefix());
    }

    private int significantDigits() {
        int significant = 0;
        int start = 0;
        for (int end : SEGMENT_ENDS) {
            if (!value.substring(start, end).chars().allMatch(c -> c == '0')) {
                significant = end;
            }
            start = end;
        }
        return significant;
    }

    @Override
    public String toString() {
        return value;
    }
}
