package org.reservoir.assessment.domain;

/** The five dimensions of the half-yearly appraisal (德能勤绩廉). */
public enum Dimension {
    /** 德: political quality and conduct */
    MORALITY,
    /** 能: ability */
    ABILITY,
    /** 勤: diligence */
    DILIGENCE,
    /** 绩: performance */
    PERFORMANCE,
    /** 廉: integrity */
    INTEGRITY
}
