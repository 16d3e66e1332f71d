package org.reservoir.recruitment.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PRC resident identity card number (居民身份证号, GB 11643-1999): six digits of region code
 * (地址码), eight of birth date (出生日期码), three of sequence (顺序码, odd for men) and an
 * ISO 7064 MOD 11-2 check character (校验码). Only {@link #parse} creates instances, so every
 * {@code IdNumber} is valid. {@link #toString()} is masked so the number cannot leak into logs.
 */
public final class IdNumber {

    /** Outcome of {@link #parse}: either a valid number or the first rule it breaks. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(IdNumber id) implements Result {
    }

    /**
     * @param rule   stable key: {@code id-number-format}, {@code id-number-region},
     *               {@code id-number-birth-date} or {@code id-number-checksum}
     * @param detail human-readable explanation; never echoes the input, which is personal data
     */
    public record Invalid(String rule, String detail) implements Result {
    }

    private static final Pattern FORMAT = Pattern.compile("[0-9]{17}[0-9X]");
    // Province-level codes (省级行政区划代码) of GB/T 2260.
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses against today's date in the system time zone. */
    public static Result parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    /**
     * Parses {@code raw}, tolerating surrounding whitespace and a lowercase {@code x}.
     *
     * @param today birth dates after this day are rejected
     */
    public static Result parse(String raw, LocalDate today) {
        if (raw == null) {
            return new Invalid("id-number-format", "missing");
        }
        String v = raw.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(v).matches()) {
            return new Invalid("id-number-format", v.length() == 18
                    ? "must be 17 digits followed by a digit or X"
                    : "must be 18 characters, got " + v.length());
        }
        if (!PROVINCES.contains(v.substring(0, 2))) {
            return new Invalid("id-number-region", "unknown province code");
        }
        if (v.startsWith("0000", 2)) {
            return new Invalid("id-number-region", "region code names a province, not a county");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)), Integer.parseInt(v.substring(10, 12)),
                    Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return new Invalid("id-number-birth-date", "not a calendar date");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            return new Invalid("id-number-birth-date", "must lie between " + EARLIEST_BIRTH + " and " + today);
        }
        if (v.charAt(17) != checkChar(v)) {
            return new Invalid("id-number-checksum", "check character does not match (ISO 7064 MOD 11-2)");
        }
        return new Valid(new IdNumber(v, birth));
    }

    private static char checkChar(String v) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (v.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The normalised number: 18 characters, upper-case {@code X}. Personal data — do not log. */
    public String value() {
        return value;
    }

    /** Region code (地址码) of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    public String last4() {
        return value.substring(14);
    }

    /** First four and last four characters, e.g. {@code 1101**********1234}: enough to recognise, not to misuse. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + last4();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@linkplain #masked() masked} form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
