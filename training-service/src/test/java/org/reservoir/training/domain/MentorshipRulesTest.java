package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Capacity ("1+3+N"), one mentor per reserve, one township, the pool, the period; ending a pair. */
class MentorshipRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);
    static final String VILLAGE = "652327101201";

    static Mentor mentor(String region) {
        return Mentor.register(UUID.randomUUID(), "mentor-1", "李志强", MentorKind.VILLAGE_PARTY_SECRETARY, region, null, NOW);
    }

    static Reserve reserve(String village, String status) {
        Reserve r = new Reserve();
        r.candidateId = UUID.randomUUID();
        r.name = "朱兆波";
        r.villageCode = village;
        r.townshipCode = village.substring(0, 9) + "000";
        r.countyCode = village.substring(0, 6) + "000000";
        r.status = status;
        r.inPool = Reserve.inPool(status);
        r.exited = Reserve.exited(status);
        return r;
    }

    static Mentorship.Start start(Mentor m, long active, Reserve r, boolean hasPair) {
        return new Mentorship.Start(m, active, r, hasPair, TODAY, TODAY.plusYears(1), TODAY);
    }

    static String rule(Optional<Refusal> refusal) {
        Refusal r = refusal.orElseThrow();
        return r.violations().isEmpty() ? r.key() : r.violations().get(0).rule();
    }

    @Test
    void aMentorTakesThreeReservesByDefaultAndNoMore() {
        Mentor m = mentor(VILLAGE);
        assertEquals(Mentor.DEFAULT_CAPACITY, m.capacity);
        assertEquals(3, m.capacity, "1+3+N");
        for (int active = 0; active < 3; active++) {
            assertTrue(Mentorship.refusalToStart(start(m, active, reserve(VILLAGE, "IN_POOL"), false)).isEmpty(), "pair " + (active + 1));
        }
        Optional<Refusal> fourth = Mentorship.refusalToStart(start(m, 3, reserve(VILLAGE, "IN_POOL"), false));
        assertEquals(409, fourth.orElseThrow().status());
        assertEquals("mentor-over-capacity", rule(fourth));
        assertEquals(List.of(fourth.get().args().get(0), 3), fourth.get().args(), "the detail names the mentor and the capacity");
    }

    @Test
    void capacityCountsOnlyActivePairsAndNeverDropsBelowThem() {
        assertTrue(Capacity.hasRoom(3, 2));
        assertFalse(Capacity.hasRoom(3, 3));
        assertEquals(0, Capacity.free(2, 3));
        Mentor m = mentor(VILLAGE);
        assertEquals("capacity-below-active-pairs", m.change("李志强", MentorKind.FIRST_SECRETARY, 2, true, 3, NOW).orElseThrow().key());
        assertEquals(3, m.capacity, "a refused change changes nothing");
        assertTrue(m.change("李志强", MentorKind.FIRST_SECRETARY, 5, true, 3, NOW).isEmpty());
        assertEquals(5, m.capacity);
    }

    @Test
    void onlyReservesInThePoolArePaired() {
        Mentor m = mentor(VILLAGE);
        for (String status : new String[]{"REGISTERED", "VETTED", "EVALUATED", "EXITED", "APPOINTED"}) {
            Optional<Refusal> r = Mentorship.refusalToStart(start(m, 0, reserve(VILLAGE, status), false));
            assertEquals(422, r.orElseThrow().status(), status);
            assertEquals("reserve-not-in-pool", rule(r));
            assertEquals("candidateId", r.get().violations().get(0).field());
        }
        assertEquals("reserve-not-in-pool", rule(Mentorship.refusalToStart(start(m, 0, null, false))), "unknown or out of sight");
        for (String status : new String[]{"ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "NOT_ELECTED", "IN_POOL"}) {
            assertTrue(Mentorship.refusalToStart(start(m, 0, reserve(VILLAGE, status), false)).isEmpty(), status);
        }
    }

    @Test
    void aReserveHasAtMostOneActiveMentor() {
        Optional<Refusal> second = Mentorship.refusalToStart(start(mentor(VILLAGE), 0, reserve(VILLAGE, "IN_POOL"), true));
        assertEquals(409, second.orElseThrow().status());
        assertEquals("reserve-has-mentor", rule(second));
    }

    @Test
    void mentorAndReserveServeOneTownshipAndTheMentorIsActive() {
        assertTrue(Mentorship.refusalToStart(start(mentor("652327101000"), 0, reserve(VILLAGE, "IN_POOL"), false)).isEmpty(),
                "a township cadre mentors a reserve of a village of their township");
        assertTrue(Mentorship.refusalToStart(start(mentor("652327101202"), 0, reserve(VILLAGE, "IN_POOL"), false)).isEmpty(),
                "a party secretary of a neighbouring village (乡选村培)");
        assertEquals("mentor-other-township", rule(Mentorship.refusalToStart(start(mentor("652327102201"), 0, reserve(VILLAGE, "IN_POOL"), false))));
        Mentor inactive = mentor(VILLAGE);
        inactive.active = false;
        assertEquals("mentor-inactive", rule(Mentorship.refusalToStart(start(inactive, 0, reserve(VILLAGE, "IN_POOL"), false))));
        assertEquals("mentor-region-level", Mentor.refusalOfRegion("652327000000").orElseThrow().violations().get(0).rule());
        assertEquals("division-code", Mentor.refusalOfRegion("65232710120X").orElseThrow().violations().get(0).rule());
        assertTrue(Mentor.refusalOfRegion(VILLAGE).isEmpty());
    }

    @Test
    void thePeriodEndsAfterItStartsAfterTodayAndWithinFiveYears() {
        Mentor m = mentor(VILLAGE);
        Reserve r = reserve(VILLAGE, "IN_POOL");
        assertEquals("ends-before-start", rule(Mentorship.refusalToStart(new Mentorship.Start(m, 0, r, false, TODAY, TODAY, TODAY))));
        assertEquals("period-too-long", rule(Mentorship.refusalToStart(new Mentorship.Start(m, 0, r, false, TODAY, TODAY.plusYears(5).plusDays(1), TODAY))));
        assertEquals("period-over", rule(Mentorship.refusalToStart(new Mentorship.Start(m, 0, r, false, TODAY.minusYears(1), TODAY, TODAY))));
        assertTrue(Mentorship.refusalToStart(new Mentorship.Start(m, 0, r, false, TODAY.minusMonths(2), TODAY.plusYears(1), TODAY)).isEmpty(),
                "a pair that began on paper before it was recorded");
    }

    @Test
    void aPairEndsWithAReasonAndOnlyRecruitmentEndsItForAnExit() {
        Mentorship p = Mentorship.start(UUID.randomUUID(), start(mentor(VILLAGE), 0, reserve(VILLAGE, "IN_POOL"), false), NOW);
        assertEquals(Mentorship.Status.ACTIVE, p.status());
        assertEquals(VILLAGE, p.jurisdiction());
        Decision<Mentorship.Status> byHand = p.end(EndReason.RESERVE_EXITED, null, TODAY, false);
        assertEquals("reserve-exit-from-recruitment", ((Decision.Refused<Mentorship.Status>) byHand).refusal().violations().get(0).rule());
        Decision<Mentorship.Status> exit = p.end(EndReason.RESERVE_EXITED, "ADJUSTED_OUT", TODAY.plusMonths(1), true);
        Decision.Moved<Mentorship.Status> moved = assertInstanceOf(Decision.Moved.class, exit);
        assertEquals(Mentorship.Status.ENDED, moved.to());
        assertEquals(EndReason.RESERVE_EXITED, p.endReason);
        assertEquals(TODAY.plusMonths(1), p.endedOn);
        assertEquals("RESERVE_EXITED", moved.details().get("endReason"));
        assertEquals(Mentorship.TRANSITIONS.allowedFrom(Mentorship.Status.ENDED), java.util.List.of(), "an ended pair stays ended");
    }
}
