package org.reservoir.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.domain.Fixtures.TODAY;
import static org.reservoir.reporting.domain.Fixtures.V1;
import static org.reservoir.reporting.domain.Fixtures.V2;
import static org.reservoir.reporting.domain.Fixtures.V3;
import static org.reservoir.reporting.domain.Fixtures.exited;
import static org.reservoir.reporting.domain.Fixtures.post;
import static org.reservoir.reporting.domain.Fixtures.probation;
import static org.reservoir.reporting.domain.Fixtures.reserve;
import static org.reservoir.reporting.domain.Fixtures.village;
import static org.reservoir.reporting.domain.Fixtures.with;

class AggregationRulesTest {

    @Test
    void structureCountsEveryDimensionAverageAgeAndCollegeShare() {
        List<Reserve> reserves = List.of(
                with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), 1996, "BACHELOR", "FEMALE"),   // 30
                with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), 1989, "JUNIOR_COLLEGE", "MALE"), // 37
                with(reserve(V2, ReserveStatus.ADMITTED, "FULL_TIME"), 1982, "SENIOR_HIGH", "MALE"),   // 44
                with(reserve(V2, ReserveStatus.ADMITTED, "FULL_TIME"), 2000, null, "MALE"));           // 26
        Structure.Figures f = Structure.of(reserves, TODAY);
        assertEquals(4, f.reserves());
        assertEquals(new BigDecimal("34.3"), f.averageAge(), "(30+37+44+26)/4 = 34.25, half up");
        assertEquals(new BigDecimal("0.500"), f.collegeOrAboveShare());
        assertEquals(Map.of(AgeBand.UNDER_30, 1L, AgeBand.FROM_30_TO_34, 1L, AgeBand.FROM_35_TO_39, 1L, AgeBand.FROM_40_TO_44, 1L), f.byAgeBand());
        assertEquals(Map.of("BACHELOR", 1L, "JUNIOR_COLLEGE", 1L, "SENIOR_HIGH", 1L, Structure.UNKNOWN, 1L), f.byEducation());
        assertEquals(Map.of("FEMALE", 1L, "MALE", 3L), f.byGender());
        assertEquals(Map.of("FULL_TIME", 2L, "PART_TIME", 2L), f.byTrack());
        assertEquals(Map.of("汉族", 4L), f.byEthnicity());
        assertEquals(Map.of("PARTY_MEMBER", 4L), f.byPoliticalStatus());
        assertEquals(Map.of("RETURNING_GRADUATE", 4L), f.bySourceGroup());
        assertEquals(Map.of("OPEN_RECRUITMENT", 4L), f.byChannel());
    }

    @Test
    void structureOfNobodyHasNoAverages() {
        Structure.Figures f = Structure.of(List.of(), TODAY);
        assertEquals(0, f.reserves());
        assertNull(f.averageAge());
        assertNull(f.collegeOrAboveShare());
        assertTrue(f.byGender().isEmpty());
    }

    @Test
    void ageBandsHaveNoGaps() {
        assertEquals(AgeBand.UNDER_30, AgeBand.of(18));
        assertEquals(AgeBand.UNDER_30, AgeBand.of(29));
        assertEquals(AgeBand.FROM_30_TO_34, AgeBand.of(30));
        assertEquals(AgeBand.FROM_45_TO_49, AgeBand.of(49));
        assertEquals(AgeBand.FROM_50, AgeBand.of(50));
        assertEquals(AgeBand.FROM_50, AgeBand.of(80));
    }

    @Test
    void coverageTargetStandingAndValidation() {
        assertEquals(CoverageTarget.Standing.BELOW, CoverageTarget.DEFAULT.standing(1));
        assertEquals(CoverageTarget.Standing.WITHIN, CoverageTarget.DEFAULT.standing(2));
        assertEquals(CoverageTarget.Standing.WITHIN, CoverageTarget.DEFAULT.standing(3));
        assertEquals(CoverageTarget.Standing.ABOVE, CoverageTarget.DEFAULT.standing(4));
        CoverageTarget shangdu = new CoverageTarget(3, null);
        assertEquals(CoverageTarget.Standing.BELOW, shangdu.standing(2));
        assertEquals(CoverageTarget.Standing.WITHIN, shangdu.standing(30));
        assertTrue(CoverageTarget.refusal(3, null).isEmpty());
        assertEquals("min", CoverageTarget.refusal(null, 3).orElseThrow()[0]);
        assertEquals("min", CoverageTarget.refusal(0, 3).orElseThrow()[0]);
        assertEquals("max", CoverageTarget.refusal(3, 2).orElseThrow()[0]);
        assertEquals("max", CoverageTarget.refusal(3, 51).orElseThrow()[0]);
    }

    @Test
    void coverageCountsOnlyTheBenchPerVillageTownshipAndScope() {
        List<Village> villages = List.of(village(V1, 5), village(V2, 5), village(V3, 7));
        List<Reserve> reserves = List.of(
                reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), reserve(V1, ReserveStatus.ON_PROBATION, "FULL_TIME"),
                reserve(V1, ReserveStatus.NOT_ELECTED, "FULL_TIME"), reserve(V1, ReserveStatus.PROBATION_PASSED, "FULL_TIME"),
                reserve(V2, ReserveStatus.IN_POOL, "PART_TIME"), reserve(V2, ReserveStatus.REGISTERED, "PART_TIME"),
                reserve(V2, ReserveStatus.APPOINTED, "FULL_TIME"), reserve(V2, ReserveStatus.EXITED, "PART_TIME"),
                reserve(V3, ReserveStatus.IN_POOL, "PART_TIME"), reserve(V3, ReserveStatus.ADMITTED, "FULL_TIME"));
        Coverage.Figures f = Coverage.of("652327000000", "县", villages, reserves, county -> CoverageTarget.DEFAULT);
        assertEquals(List.of(V2), f.villagesBelowTarget());
        Coverage.VillageCoverage v1 = f.villages().get(0);
        assertEquals(4, v1.reserves());
        assertEquals(3, v1.fullTime());
        assertEquals(1, v1.partTime());
        assertEquals(CoverageTarget.Standing.ABOVE, v1.standing());
        assertEquals(CoverageTarget.Standing.BELOW, f.villages().get(1).standing());
        assertEquals(CoverageTarget.Standing.WITHIN, f.villages().get(2).standing());
        assertEquals(new Coverage.Totals("652327000000", "县", 3, 7, 4, 3, 1, 1, 1), f.total());
        assertEquals(2, f.townships().size());
        assertEquals(new Coverage.Totals("652327101000", "乡101", 2, 5, 3, 2, 1, 0, 1), f.townships().get(0));
    }

    @Test
    void coverageUsesEachCountysOwnTarget() {
        List<Village> villages = List.of(village(V1, 5), village("652328101201", 5));
        List<Reserve> reserves = List.of(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"),
                reserve("652328101201", ReserveStatus.IN_POOL, "PART_TIME"), reserve("652328101201", ReserveStatus.IN_POOL, "PART_TIME"));
        Coverage.Figures f = Coverage.of("650000000000", "区", villages, reserves,
                county -> county.equals("652328000000") ? new CoverageTarget(3, null) : CoverageTarget.DEFAULT);
        assertEquals(List.of("652328101201"), f.villagesBelowTarget());
        assertEquals(3, f.villages().get(1).targetMin());
        assertNull(f.villages().get(1).targetMax());
    }

    @Test
    void funnelCountsEveryStageReachedAndDropOutsByReason() {
        List<Reserve> candidates = List.of(
                reserve(V1, ReserveStatus.REGISTERED, "PART_TIME"),
                reserve(V1, ReserveStatus.TOWNSHIP_REJECTED, "PART_TIME"),
                reserve(V1, ReserveStatus.JOINT_REVIEW_REJECTED, "PART_TIME"),
                reserve(V1, ReserveStatus.EVALUATION_FAILED, "PART_TIME"),
                reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"),
                reserve(V1, ReserveStatus.ON_PROBATION, "FULL_TIME"),
                reserve(V1, ReserveStatus.APPOINTED, "FULL_TIME"),
                exited(reserve(V1, ReserveStatus.EXITED, "FULL_TIME"), ReserveStatus.PROBATION_PASSED, "MOVED_AWAY"),
                exited(reserve(V1, ReserveStatus.EXITED, "PART_TIME"), null, null));
        Funnel.Figures f = Funnel.of(candidates);
        assertEquals(9, f.candidates());
        assertEquals(9L, f.reached().get(FunnelStage.REGISTERED));
        assertEquals(6L, f.reached().get(FunnelStage.TOWNSHIP_APPROVED), "all but registered, township-rejected and the unknown exit");
        assertEquals(6L, f.reached().get(FunnelStage.JOINT_REVIEW));
        assertEquals(5L, f.reached().get(FunnelStage.VETTED));
        assertEquals(4L, f.reached().get(FunnelStage.EVALUATED));
        assertEquals(4L, f.reached().get(FunnelStage.ADMITTED));
        assertEquals(3L, f.reached().get(FunnelStage.PROBATION));
        assertEquals(1L, f.reached().get(FunnelStage.ELECTED));
        assertEquals(1L, f.reached().get(FunnelStage.APPOINTED));
        assertEquals(Map.of(DropOut.REJECTED_BY_TOWNSHIP, 1L, DropOut.VETOED_BY_DEPARTMENT, 1L, DropOut.FAILED_EVALUATION, 1L,
                DropOut.EXITED, 2L), f.dropOuts());
        assertEquals(Map.of("MOVED_AWAY", 1L, Structure.UNKNOWN, 1L), f.exitsByReason());
        assertEquals(1, f.unknownStage());
    }

    @Test
    void funnelStagesNeverGrowDownTheFunnel() {
        List<Reserve> all = java.util.Arrays.stream(ReserveStatus.values()).filter(s -> s != ReserveStatus.EXITED)
                .map(s -> reserve(V1, s, "FULL_TIME")).toList();
        Funnel.Figures f = Funnel.of(all);
        long previous = Long.MAX_VALUE;
        for (FunnelStage stage : FunnelStage.values()) {
            assertTrue(f.reached().get(stage) <= previous, stage + " not above the stage before");
            previous = f.reached().get(stage);
        }
    }

    @Test
    void readinessPerVillageNamesItsGaps() {
        Reserve secretary = post(reserve(V1, ReserveStatus.PROBATION_PASSED, "FULL_TIME"), "PARTY_SECRETARY", "PARTY_MEMBER", true);
        List<Reserve> v1 = List.of(secretary, reserve(V1, ReserveStatus.ON_PROBATION, "FULL_TIME"), reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"));
        Readiness.VillageReadiness ready = Readiness.village(village(V1, 5), v1);
        assertTrue(ready.ready(), ready.toString());
        assertEquals(2, ready.reservesReady());
        assertEquals(1, ready.oneShoulderCandidates());
        assertTrue(ready.localSecretaryCandidate());
        assertEquals(2, ready.proposedMembers());
        assertEquals(new BigDecimal("1.000"), ready.onPostShare());

        Reserve outsider = post(reserve(V2, ReserveStatus.IN_POOL, "PART_TIME"), "COMMITTEE_DIRECTOR", "PARTY_MEMBER", false);
        List<Reserve> v2 = List.of(outsider, reserve(V2, ReserveStatus.ADMITTED, "FULL_TIME"), reserve(V2, ReserveStatus.ADMITTED, "FULL_TIME"),
                reserve(V2, ReserveStatus.ON_PROBATION, "FULL_TIME"));
        Readiness.VillageReadiness notReady = Readiness.village(village(V2, 5), v2);
        assertFalse(notReady.ready());
        assertEquals(Set.of(Readiness.Gap.SECRETARY_NOT_LOCAL, Readiness.Gap.ON_POST_SHARE_BELOW_TARGET), notReady.gaps());
        assertEquals(new BigDecimal("0.333"), notReady.onPostShare());

        Reserve masses = post(reserve(V3, ReserveStatus.IN_POOL, "PART_TIME"), "PARTY_SECRETARY", "MASSES", true);
        assertEquals(Set.of(Readiness.Gap.NO_ONE_SHOULDER_CANDIDATE), Readiness.village(village(V3, 5), List.of(masses)).gaps(),
                "a secretary must be a party member");
        assertEquals(Set.of(Readiness.Gap.NO_RESERVE_READY, Readiness.Gap.NO_ONE_SHOULDER_CANDIDATE),
                Readiness.village(village(V3, 5), List.of(reserve(V3, ReserveStatus.REGISTERED, "PART_TIME"))).gaps());
    }

    @Test
    void readinessRollsUpAndListsVillagesNotReady() {
        Reserve secretary = post(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), "PARTY_SECRETARY", "PARTY_MEMBER", true);
        Readiness.Figures f = Readiness.of(List.of(village(V1, 5), village(V2, 7)), List.of(secretary));
        assertEquals(2, f.villages());
        assertEquals(1, f.villagesReady());
        assertEquals(12, f.seats());
        assertEquals(List.of(V2), f.villagesNotReady());
        assertNull(f.onPostShare(), "nobody proposed full-time");
    }

    @Test
    void alertsForVillagesBelowTargetAgeingReservesAndEndingProbations() {
        Reserve old = with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), 1981, "BACHELOR", "MALE");   // 45 today, 46 within a year
        Reserve young = with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), 1990, "BACHELOR", "MALE");
        Reserve ending = probation(reserve(V2, ReserveStatus.ON_PROBATION, "FULL_TIME"), TODAY.plusDays(7));
        Reserve later = probation(reserve(V2, ReserveStatus.ON_PROBATION, "FULL_TIME"), TODAY.plusDays(8));
        Reserve exitedOld = with(reserve(V2, ReserveStatus.EXITED, "PART_TIME"), 1950, "BACHELOR", "MALE");
        List<Reserve> reserves = List.of(old, young, ending, later, exitedOld);
        Map<String, VillageTally> tallies = reserves.stream().collect(Collectors.groupingBy(Reserve::villageCode,
                Collectors.collectingAndThen(Collectors.toList(), VillageTally::of)));
        List<AlertRules.Cause> causes = new ArrayList<>(AlertRules.villageCauses(List.of(village(V1, 5), village(V2, 5), village(V3, 5)),
                tallies, CoverageTarget.DEFAULT));
        causes.addAll(AlertRules.reserveCauses(reserves, campaign -> 45, TODAY));
        Map<AlertKind, Set<String>> byKind = causes.stream().collect(Collectors.groupingBy(AlertRules.Cause::kind,
                Collectors.mapping(AlertRules.Cause::subject, Collectors.toSet())));
        assertEquals(Set.of(V3), byKind.get(AlertKind.VILLAGE_BELOW_TARGET), "V1 and V2 have 2 each");
        assertEquals(Set.of(old.candidateId().toString()), byKind.get(AlertKind.AGE_LIMIT_APPROACHING), "exited reserves raise nothing");
        assertEquals(Set.of(ending.candidateId().toString()), byKind.get(AlertKind.PROBATION_ENDING));
        assertTrue(AlertRules.reserveCauses(List.of(old), campaign -> null, TODAY).isEmpty(), "no age limit, no alert");
    }

    /** ReportData.alertSubjects narrows the reserves in SQL with these two bounds: they must agree with the rules at the edges. */
    @Test
    void theBoundsAQueryNarrowsAlertSubjectsWithAgreeWithTheRules() {
        int limit = 40;
        for (int birthYear = AlertRules.ageLimitYear(TODAY) - limit - 2; birthYear <= AlertRules.ageLimitYear(TODAY) - limit + 2; birthYear++) {
            Reserve r = with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), birthYear, "BACHELOR", "MALE");
            assertEquals(birthYear < AlertRules.ageLimitYear(TODAY) - limit, !AlertRules.reserveCauses(List.of(r), campaign -> limit, TODAY).isEmpty(),
                    "born " + birthYear);
        }
        for (int days = 5; days <= 9; days++) {
            Reserve r = probation(reserve(V2, ReserveStatus.ON_PROBATION, "FULL_TIME"), TODAY.plusDays(days));
            assertEquals(!TODAY.plusDays(days).isAfter(AlertRules.probationEndingBy(TODAY)), AlertRules.probationEnding(r, TODAY), days + " days");
        }
        assertEquals(TODAY.getYear() + 1, AlertRules.ageLimitYear(TODAY), "a year's horizon");
    }
}
