package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.transitions.Refusal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programmes, sessions, the check-in window and capacity, as plain values. */
class ProgrammeRulesTest {

    static final String COUNTY = "411325000000";
    static final String TOWNSHIP = "411325105000";
    static final OffsetDateTime START = OffsetDateTime.parse("2026-03-10T09:00:00+08:00");

    static Programme programme() {
        return Programme.plan(UUID.randomUUID(), new Programme.Draft(ProgrammeKind.PRE_POST, "岗前培训", null, TOWNSHIP, 2026), "t",
                START.minusDays(30));
    }

    static TrainingSession.Draft session(OffsetDateTime start, int minutes, String hours, int capacity) {
        return new TrainingSession.Draft(start, start.plusMinutes(minutes), "镇党校", new BigDecimal(hours), capacity, "李老师");
    }

    private static List<String> rules(Optional<Refusal> r) {
        return r.orElseThrow().violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aProgrammeIsRunByACountyOrATownshipInAPlausibleYear() {
        assertTrue(Programme.refusal(new Programme.Draft(ProgrammeKind.REGULAR, "t", null, COUNTY, 2026)).isEmpty());
        assertTrue(Programme.refusal(new Programme.Draft(ProgrammeKind.REGULAR, "t", null, TOWNSHIP, 2026)).isEmpty());
        assertEquals(List.of("scopeCode:programme-scope"), rules(Programme.refusal(new Programme.Draft(ProgrammeKind.REGULAR, "t", null,
                "411325105201", 2026))));
        assertEquals(List.of("scopeCode:programme-scope", "year:programme-year"),
                rules(Programme.refusal(new Programme.Draft(ProgrammeKind.REGULAR, "t", null, "41132510520", 1999))));
        Programme p = programme();
        assertEquals(COUNTY, p.countyCode);
        assertTrue(p.admits("411325105201"));
        assertFalse(p.admits("411325106201"), "a village of another township");
    }

    @Test
    void aSessionEndsAfterItStartsInTheProgrammesYearAndCreditsNoMoreHoursThanItLasts() {
        Programme p = programme();
        assertTrue(TrainingSession.refusal(session(START, 180, "3", 50), p, 0).isEmpty());
        assertEquals(List.of("endsAt:session-ends-before-start"), rules(TrainingSession.refusal(session(START, 0, "1", 50), p, 0)));
        assertEquals(List.of("hours:session-hours-exceed-length"), rules(TrainingSession.refusal(session(START, 90, "2", 50), p, 0)));
        assertTrue(TrainingSession.refusal(session(START, 90, "1.5", 50), p, 0).isEmpty());
        // 2025-12-31 20:00 UTC is already 2026 in China: the session counts for the programme's year.
        assertTrue(TrainingSession.refusal(session(OffsetDateTime.parse("2025-12-31T20:00:00Z"), 60, "1", 50), p, 0).isEmpty());
        assertEquals(List.of("startsAt:session-outside-year"),
                rules(TrainingSession.refusal(session(OffsetDateTime.parse("2027-01-02T09:00:00+08:00"), 60, "1", 50), p, 0)));
    }

    @Test
    void aSessionMustHoldTheReservesAlreadyEnrolled() {
        Refusal r = TrainingSession.refusal(session(START, 180, "3", 20), programme(), 21).orElseThrow();
        assertEquals(409, r.status());
        assertEquals("capacity-below-enrolment", r.key());
        assertTrue(TrainingSession.refusal(session(START, 180, "3", 21), programme(), 21).isEmpty());
    }

    @Test
    void checkInOpensHalfAnHourBeforeTheStartAndClosesAtTheEnd() {
        CheckInWindow w = CheckInWindow.of(START, START.plusHours(3));
        assertFalse(w.contains(START.minusMinutes(31)));
        assertTrue(w.contains(START.minusMinutes(30)));
        assertTrue(w.contains(START.plusHours(1)));
        assertTrue(w.contains(START.plusHours(3)));
        assertFalse(w.contains(START.plusHours(3).plusSeconds(1)));
        Refusal late = w.refusal(START.plusHours(4)).orElseThrow();
        assertEquals(409, late.status());
        assertEquals("check-in-closed", late.key());
        assertEquals(START.plusHours(3).toString(), late.extensions().get("closesAt"));
        assertTrue(w.refusal(START).isEmpty());
        assertEquals("session-not-started", CheckInWindow.rollCallRefusal(START, START.minusMinutes(1)).orElseThrow().key());
        assertTrue(CheckInWindow.rollCallRefusal(START, START.plusDays(2)).isEmpty());
    }

    @Test
    void theSmallestSessionBoundsTheEnrolment() {
        OptionalInt capacity = ProgrammeCapacity.of(List.of(40, 30, 50));
        assertEquals(30, capacity.getAsInt());
        assertTrue(ProgrammeCapacity.refusal(capacity, 28, 2).isEmpty());
        Refusal over = ProgrammeCapacity.refusal(capacity, 28, 3).orElseThrow();
        assertEquals(409, over.status());
        assertEquals("over-capacity", over.key());
        assertEquals(30, over.extensions().get("capacity"));
        assertTrue(ProgrammeCapacity.refusal(ProgrammeCapacity.of(List.of()), 10_000, 1).isEmpty(), "no session yet: no bound");
    }

    @Test
    void aWithdrawnReserveComesBackOnlyIntoAFreePlace() {
        Enrolment e = Enrolment.enrol(UUID.randomUUID(), programme(),
                PracticeAndEducationTest.reserve("张三", true), START);
        assertEquals(EnrolmentStatus.ENROLLED, e.status());
        assertEquals(TOWNSHIP, e.jurisdiction(), "managed by the programme's officers");
        assertTrue(e.reinstate("back", OptionalInt.of(30), 30) instanceof org.reservoir.infrastructure.transitions.Decision.Refused<EnrolmentStatus>);
        assertEquals(EnrolmentStatus.ENROLLED, e.reinstate("back", OptionalInt.of(30), 29).orThrow().to());
        assertEquals(List.of(EnrolmentAction.WITHDRAW, EnrolmentAction.COMPLETE), Enrolment.TABLE.allowedFrom(EnrolmentStatus.ENROLLED));
        assertEquals("illegal-transition", Enrolment.TABLE.refusalFrom(EnrolmentAction.COMPLETE, EnrolmentStatus.WITHDRAWN).orElseThrow().key());
    }
}
