package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.security.Roles;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * Who sees a person's identity, and what the others get instead. The ID number is six digits of region, eight
 * of birth date, three of sequence and a check character: next to the birth date, the county and the sex, the usual
 * mask (first four and last four) leaves nothing to guess. So callers who may not read the ID number get the
 * age instead of the birth date and only the first four digits (province and city): with the county, the sex
 * and the age that still leaves every day of a year times 500 sequences, about 180,000 numbers.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** The full ID number and the birth date: the county organisation department only. */
    public static boolean mayReadIdNumber(Set<String> roles) {
        return roles.contains(Roles.COUNTY_ADMIN);
    }

    /** The ID number for callers who may not read it, from its stored masked form (or the number itself). */
    public static String maskedIdNumber(String idNumberOrMask) {
        return idNumberOrMask.substring(0, 4) + "*".repeat(14);
    }

    public static int age(LocalDate birthDate, LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
