package org.reservoir.training.domain;

/** 学历, lowest first: recruitment's values (the level an education upgrade reaches is applied there). */
public enum EducationLevel {
    PRIMARY,
    JUNIOR_HIGH,
    SENIOR_HIGH,
    SECONDARY_VOCATIONAL,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORATE
}
