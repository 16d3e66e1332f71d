package org.reservoir.recruitment.domain;

import java.time.LocalDate;

/** Profile fields that may change after registration; null leaves a field as it is. */
public record ProfileChanges(String phone, EducationLevel educationLevel, String major, String school, PoliticalStatus politicalStatus,
                             LocalDate partyJoinDate, Integer workYears, Boolean fitForDuty, String healthNote, Boolean local,
                             String occupation) {
}
