package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.training.domain.MentorshipRulesTest.NOW;
import static org.reservoir.training.domain.MentorshipRulesTest.TODAY;
import static org.reservoir.training.domain.MentorshipRulesTest.VILLAGE;

/** Goals and monthly tasks: set on active pairs within the period; report, then feedback once. */
class TaskRulesTest {

    static Mentorship pair() {
        return Mentorship.start(UUID.randomUUID(), MentorshipRulesTest.start(MentorshipRulesTest.mentor(VILLAGE), 0,
                MentorshipRulesTest.reserve(VILLAGE, "IN_POOL"), false), NOW);
    }

    @Test
    void tasksBelongToAMonthOfThePeriodAndAreDueThatMonthOrTheNext() {
        Mentorship p = pair();
        YearMonth dec = YearMonth.of(2026, 12);
        assertTrue(MentorshipTask.refusalToSet(p, dec, LocalDate.of(2026, 12, 31)).isEmpty());
        assertTrue(MentorshipTask.refusalToSet(p, dec, LocalDate.of(2027, 1, 31)).isEmpty());
        assertEquals("due-outside-month", MentorshipTask.refusalToSet(p, dec, LocalDate.of(2027, 2, 1)).orElseThrow().violations().get(0).rule());
        assertEquals("due-outside-month", MentorshipTask.refusalToSet(p, dec, LocalDate.of(2026, 11, 30)).orElseThrow().violations().get(0).rule());
        assertEquals("month-outside-period", MentorshipTask.refusalToSet(p, YearMonth.of(2026, 10), LocalDate.of(2026, 10, 30))
                .orElseThrow().violations().get(0).rule());
        assertEquals("year-outside-period", Goal.refusalToSet(p, 2029).orElseThrow().violations().get(0).rule());
        assertTrue(Goal.refusalToSet(p, 2027).isEmpty());
        p.end(EndReason.MENTOR_CHANGED, null, TODAY, false);
        p.moveTo(Mentorship.Status.ENDED, NOW);
        assertEquals("pair-ended", MentorshipTask.refusalToSet(p, dec, LocalDate.of(2026, 12, 31)).orElseThrow().key());
        assertEquals("pair-ended", Goal.refusalToSet(p, 2027).orElseThrow().key());
    }

    @Test
    void theReserveReportsThenTheMentorGivesFeedbackOnce() {
        MentorshipTask t = MentorshipTask.set(UUID.randomUUID(), UUID.randomUUID(), YearMonth.of(2026, 12), "学习村规民约", null,
                LocalDate.of(2026, 12, 20), NOW);
        assertEquals(MentorshipTask.Status.OPEN, t.status);
        assertEquals("task-not-reported", t.feedback("好", 4, NOW).orElseThrow().key());
        assertTrue(t.report("已学习并整理笔记", null, NOW).isEmpty());
        assertTrue(t.report("补充：附上笔记", "files/notes-1.jpg", NOW).isEmpty(), "reported again before feedback");
        assertEquals("files/notes-1.jpg", t.attachmentRef);
        assertTrue(t.feedback("笔记扎实", 5, NOW).isEmpty());
        assertEquals(MentorshipTask.Status.REVIEWED, t.status);
        assertEquals(5, t.rating);
        assertEquals("task-reviewed", t.report("再改", null, NOW).orElseThrow().key());
        assertEquals("task-reviewed", t.feedback("再评", 3, NOW).orElseThrow().key());
        assertEquals(5, t.rating, "the first feedback stands");
    }
}
