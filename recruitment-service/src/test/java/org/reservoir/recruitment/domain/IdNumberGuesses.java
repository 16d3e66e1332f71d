package org.reservoir.recruitment.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How many ID numbers fit what a caller sees: the attacker's arithmetic, to prove a masking holds. */
public final class IdNumberGuesses {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumberGuesses() {
    }

    /**
     * Every valid number that shows {@code masked}'s visible characters ({@code *} hides one), starts with {@code region}
     * (the attacker is granted the six region digits), belongs to someone born between {@code bornFrom} and
     * {@code bornTo} (inclusive) and has the sex's sequence parity.
     */
    public static long count(String masked, String region, boolean male, LocalDate bornFrom, LocalDate bornTo) {
        long n = 0;
        for (LocalDate d = bornFrom; !d.isAfter(bornTo); d = d.plusDays(1)) {
            String prefix = region + d.format(DateTimeFormatter.BASIC_ISO_DATE);
            for (int seq = male ? 1 : 0; seq < 1000; seq += 2) {
                String body = prefix + String.format("%03d", seq);
                if (shows(masked, body + check(body))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The same, when the caller sees the age today instead of the birth date. */
    public static long countByAge(String masked, String region, boolean male, int age, LocalDate today) {
        return count(masked, region, male, today.minusYears(age + 1L).plusDays(1), today.minusYears(age));
    }

    private static boolean shows(String masked, String candidate) {
        for (int i = 0; i < masked.length(); i++) {
            if (masked.charAt(i) != '*' && masked.charAt(i) != candidate.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char check(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
