package org.reservoir.recruitment.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.domain.CandidateStatus.*;
import static org.reservoir.recruitment.domain.Track.FULL_TIME;
import static org.reservoir.recruitment.domain.Track.PART_TIME;

class QuotaTest {

    @Test
    void admissionTakesAPlaceOnTheCandidatesTrack() {
        assertTrue(Quota.takesNewPlace(EVALUATED, FULL_TIME, ADMITTED, FULL_TIME));
        assertTrue(Quota.takesNewPlace(EVALUATED, PART_TIME, IN_POOL, PART_TIME));
        assertFalse(Quota.takesNewPlace(EVALUATED, FULL_TIME, NOT_ADMITTED, FULL_TIME));
    }

    @Test
    void aPartTimeReserveCalledToAVacancyTakesAFullTimePlace() {
        assertTrue(Quota.takesNewPlace(IN_POOL, PART_TIME, ADMITTED, FULL_TIME));
    }

    @Test
    void returningToThePoolTakesAPartTimePlace() {
        assertTrue(Quota.takesNewPlace(PROBATION_FAILED, FULL_TIME, IN_POOL, PART_TIME));
        assertTrue(Quota.takesNewPlace(NOT_ELECTED, FULL_TIME, IN_POOL, PART_TIME));
    }

    @Test
    void stepsWithinATrackKeepThePlaceTheyHave() {
        assertFalse(Quota.takesNewPlace(ADMITTED, FULL_TIME, ON_PROBATION, FULL_TIME));
        assertFalse(Quota.takesNewPlace(ON_PROBATION, FULL_TIME, PROBATION_PASSED, FULL_TIME));
        assertFalse(Quota.takesNewPlace(ELECTED, FULL_TIME, APPOINTED, FULL_TIME));
        assertFalse(Quota.takesNewPlace(IN_POOL, PART_TIME, EXITED, PART_TIME));
        assertFalse(Quota.takesNewPlace(REGISTERED, FULL_TIME, TOWNSHIP_APPROVED, FULL_TIME));
    }

    @Test
    void aTrackIsFullAtItsQuota() {
        assertTrue(Quota.hasRoom(2, 1));
        assertFalse(Quota.hasRoom(2, 2));
        assertFalse(Quota.hasRoom(2, 3));
        assertFalse(Quota.hasRoom(0, 0));
    }
}
