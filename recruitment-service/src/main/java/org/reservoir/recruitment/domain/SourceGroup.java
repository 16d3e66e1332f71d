package org.reservoir.recruitment.domain;

/** Where a candidate comes from: the five focus groups (五类群体) and the other sources in DOMAIN.md. */
public enum SourceGroup {
    /** 返乡大学生 */
    RETURNING_GRADUATE,
    /** 退役军人 */
    VETERAN,
    /** 致富能手/致富带头人 */
    WEALTH_LEADER,
    /** 外出务工经商返乡人员 */
    RETURNING_MIGRANT,
    /** 本土优秀青年 */
    LOCAL_YOUTH,
    /** 农村实用人才 */
    RURAL_TALENT,
    /** 退休干部职工 */
    RETIRED_CADRE,
    /** 乡土专家 (agronomists, village doctors) */
    LOCAL_EXPERT
}
