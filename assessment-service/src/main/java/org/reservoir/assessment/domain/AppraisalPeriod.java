package org.reservoir.assessment.domain;

import java.time.LocalDate;

/** The two reviews of a year (两考核): mid-year and year-end, each covering its half of the year. */
public enum AppraisalPeriod {
    MID_YEAR, YEAR_END;

    /** The period's name in events and reports, e.g. {@code 2026-H1}. */
    public String key(int year) {
        return year + (this == MID_YEAR ? "-H1" : "-H2");
    }

    public LocalDate firstDay(int year) {
        return this == MID_YEAR ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 7, 1);
    }

    public LocalDate lastDay(int year) {
        return this == MID_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }
}
