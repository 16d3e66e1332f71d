package org.reservoir.training.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Practice posts (including another village) and education upgrades, as plain values. */
class PracticeAndEducationTest {

    static final Reserve RESERVE = reserve("王五", true);
    static final Reserve EXITED = reserve("赵六", false);

    static Reserve reserve(String name, boolean inPool) {
        Reserve r = new Reserve();
        r.candidateId = UUID.randomUUID();
        r.name = name;
        r.countyCode = "411325000000";
        r.townshipCode = "411325105000";
        r.villageCode = "411325105201";
        r.inPool = inPool;
        return r;
    }
    static final LocalDate DAY = LocalDate.parse("2026-04-01");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-04-01T08:00:00Z");

    static PracticeAssignment.Draft post(String village, LocalDate start, LocalDate end) {
        return new PracticeAssignment.Draft(RESERVE.candidateId, PostKind.GRID_MEMBER, village, "网格走访", start, end, "村支书 李四");
    }

    @Test
    void aPostIsInAKnownVillageForAtMostTwoYearsOfAReserveInThePool() {
        assertTrue(PracticeAssignment.refusal(post("411325105202", DAY, DAY.plusMonths(6)), RESERVE, true).isEmpty());
        Refusal village = PracticeAssignment.refusal(post("411325105000", DAY, DAY.plusMonths(6)), RESERVE, true).orElseThrow();
        assertEquals("post-village", village.violations().get(0).rule());
        assertEquals("post-village", PracticeAssignment.refusal(post("411325105202", DAY, DAY), RESERVE, false).orElseThrow()
                .violations().get(0).rule());
        assertEquals("ends-before-start", PracticeAssignment.refusal(post("411325105202", DAY, DAY.minusDays(1)), RESERVE, true).orElseThrow()
                .violations().get(0).rule());
        assertEquals("post-too-long", PracticeAssignment.refusal(post("411325105202", DAY, DAY.plusMonths(24).plusDays(1)), RESERVE, true)
                .orElseThrow().violations().get(0).rule());
        assertEquals("reserve-not-in-pool", PracticeAssignment.refusal(post("411325105202", DAY, DAY.plusMonths(1)), EXITED, true).orElseThrow()
                .violations().get(0).rule());
    }

    @Test
    void aPostInAnotherVillageIsCrossVillage() {
        assertTrue(PracticeAssignment.assign(UUID.randomUUID(), post("411325105202", DAY, DAY.plusMonths(3)), RESERVE, NOW).crossVillage());
        assertFalse(PracticeAssignment.assign(UUID.randomUUID(), post("411325105201", DAY, DAY.plusMonths(3)), RESERVE, NOW).crossVillage());
    }

    @Test
    void aPostStartsNotBeforeItsDateAndEndsOnlyWithAnEvaluation() {
        PracticeAssignment a = PracticeAssignment.assign(UUID.randomUUID(), post("411325105202", DAY, DAY.plusMonths(3)), RESERVE, NOW);
        assertEquals("post-not-started", ((Decision.Refused<PracticeStatus>) a.start(DAY.minusDays(1))).refusal().key());
        assertEquals(PracticeStatus.ACTIVE, a.start(DAY).orThrow().to());
        Decision<PracticeStatus> without = a.end(new PracticeAssignment.Evaluation(null, "好"), DAY.plusMonths(3));
        assertEquals("evaluation-required", ((Decision.Refused<PracticeStatus>) without).refusal().violations().get(0).rule());
        assertNull(a.endedOn, "a refused end changes nothing");
        assertEquals(PracticeStatus.ENDED, a.end(new PracticeAssignment.Evaluation(PracticeGrade.EXCELLENT, "化解纠纷 12 起"), DAY.plusMonths(3))
                .orThrow().to());
        assertEquals(PracticeGrade.EXCELLENT, a.evaluationGrade);
        assertEquals(List.of(PracticeAction.START, PracticeAction.CANCEL), PracticeAssignment.TABLE.allowedFrom(PracticeStatus.ASSIGNED));
    }

    static EducationRecord.Draft study(UUID programmeId) {
        return new EducationRecord.Draft(RESERVE.candidateId, programmeId, "河南开放大学", "行政管理", EducationLevel.JUNIOR_COLLEGE,
                LocalDate.parse("2025-09-01"), LocalDate.parse("2028-07-01"));
    }

    @Test
    void anEducationRecordNamesAnEducationUpgradeProgrammeOrNone() {
        assertTrue(EducationRecord.refusal(study(null), RESERVE, null).isEmpty());
        Programme upgrade = Programme.plan(UUID.randomUUID(), new Programme.Draft(ProgrammeKind.EDUCATION_UPGRADE, "学历提升", null,
                "411325000000", 2026), "c", NOW);
        assertTrue(EducationRecord.refusal(study(upgrade.id), RESERVE, upgrade).isEmpty());
        Programme regular = Programme.plan(UUID.randomUUID(), new Programme.Draft(ProgrammeKind.REGULAR, "常态培训", null,
                "411325000000", 2026), "c", NOW);
        assertEquals("education-programme", EducationRecord.refusal(study(regular.id), RESERVE, regular).orElseThrow().violations().get(0).rule());
        assertEquals("education-programme", EducationRecord.refusal(study(UUID.randomUUID()), RESERVE, null).orElseThrow().violations().get(0).rule());
        assertEquals("reserve-not-in-pool", EducationRecord.refusal(study(null), EXITED, null).orElseThrow().violations().get(0).rule());
    }

    @Test
    void completionNeedsTheLevelReachedOnAPastDayAfterTheStudyBegan() {
        EducationRecord r = EducationRecord.enrol(UUID.randomUUID(), study(null), RESERVE, NOW);
        LocalDate today = LocalDate.parse("2027-07-10");
        Decision<EducationStatus> future = r.complete(EducationLevel.JUNIOR_COLLEGE, today.plusDays(1), today);
        assertEquals("completed-in-future", ((Decision.Refused<EducationStatus>) future).refusal().violations().get(0).rule());
        Decision<EducationStatus> noLevel = r.complete(null, today, today);
        assertEquals("education-level-required", ((Decision.Refused<EducationStatus>) noLevel).refusal().violations().get(0).rule());
        assertNull(r.achievedLevel, "nothing changes until completion");
        assertEquals(EducationStatus.COMPLETED, r.complete(EducationLevel.JUNIOR_COLLEGE, today, today).orThrow().to());
        assertEquals(EducationLevel.JUNIOR_COLLEGE, r.achievedLevel);
        assertEquals(today, r.completedOn);
    }
}
