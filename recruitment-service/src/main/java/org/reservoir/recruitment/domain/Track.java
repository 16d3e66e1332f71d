package org.reservoir.recruitment.domain;

/** Dual track (专职+兼职). */
public enum Track {
    /** 专职: fills a named current vacancy; probation, then the statutory election. */
    FULL_TIME,
    /** 兼职: long-term stock in the county pool, called on when needed. */
    PART_TIME
}
