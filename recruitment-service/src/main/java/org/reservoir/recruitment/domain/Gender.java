package org.reservoir.recruitment.domain;

/** Gender (性别) as encoded in a resident identity card number: the 17th digit is odd for 男, even for 女. */
public enum Gender {
    /** 男 */
    MALE,
    /** 女 */
    FEMALE
}
