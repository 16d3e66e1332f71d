package org.reservoir.recruitment.domain;

/** 学历, lowest first: the order is what "minimum education" compares. */
public enum EducationLevel {
    /** 小学 */
    PRIMARY,
    /** 初中 */
    JUNIOR_HIGH,
    /** 高中 */
    SENIOR_HIGH,
    /** 中专 */
    SECONDARY_VOCATIONAL,
    /** 大专 */
    JUNIOR_COLLEGE,
    /** 本科 */
    BACHELOR,
    /** 硕士 */
    MASTER,
    /** 博士 */
    DOCTORATE;

    public boolean atLeast(EducationLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
