package org.reservoir.reporting.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.reporting.application.Reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.domain.Fixtures.TODAY;
import static org.reservoir.reporting.domain.Fixtures.V1;
import static org.reservoir.reporting.domain.Fixtures.V2;
import static org.reservoir.reporting.domain.Fixtures.exited;
import static org.reservoir.reporting.domain.Fixtures.post;
import static org.reservoir.reporting.domain.Fixtures.reserve;
import static org.reservoir.reporting.domain.Fixtures.village;
import static org.reservoir.reporting.domain.Fixtures.with;

/** The tallies a county's reports sum: each reserve's share, and sums of shares giving the same figures as the reserves themselves. */
class TallyRulesTest {

    private final List<Reserve> reserves = List.of(
            with(reserve(V1, ReserveStatus.IN_POOL, "PART_TIME"), 1996, "BACHELOR", "FEMALE"),
            post(reserve(V1, ReserveStatus.PROBATION_PASSED, "FULL_TIME"), "PARTY_SECRETARY", "PARTY_MEMBER", true),
            post(reserve(V1, ReserveStatus.ELECTED, "FULL_TIME"), "COMMITTEE_DIRECTOR", "PARTY_MEMBER", false),
            reserve(V1, ReserveStatus.ADMITTED, "FULL_TIME"),
            with(reserve(V2, ReserveStatus.ON_PROBATION, "FULL_TIME"), 1980, null, "MALE"),
            reserve(V2, ReserveStatus.REGISTERED, "PART_TIME"),
            exited(reserve(V2, ReserveStatus.IN_POOL, "PART_TIME"), ReserveStatus.IN_POOL, "MOVED_AWAY"));

    @Test
    void aReservesShareCountsWhatCoverageAndReadinessRead() {
        VillageTally secretary = VillageTally.of(reserves.get(1));
        assertEquals(new VillageTally(1, 0, 1, 0, 1, 1, 1, 1), secretary, "full-time on the bench, ready, local 一肩挑, proposed and on post");
        assertEquals(new VillageTally(0, 0, 0, 1, 1, 0, 1, 1), VillageTally.of(reserves.get(2)), "elected: off the bench, still 一肩挑, not local");
        assertEquals(new VillageTally(1, 0, 0, 0, 0, 0, 1, 0), VillageTally.of(reserves.get(3)), "admitted: proposed, not yet on post");
        assertEquals(VillageTally.NONE, VillageTally.of(reserves.get(6)), "an exited reserve counts nowhere");
        assertEquals(VillageTally.NONE, VillageTally.of((Reserve) null));
        assertTrue(secretary.minus(secretary).zero());
    }

    @Test
    void villageTalliesGiveTheSameCoverageAndReadinessAsTheReserves() {
        List<Village> villages = List.of(village(V1, 5), village(V2, 7));
        Map<String, VillageTally> tallies = Map.of(V1, VillageTally.of(reserves.stream().filter(r -> r.villageCode().equals(V1)).toList()),
                V2, VillageTally.of(reserves.stream().filter(r -> r.villageCode().equals(V2)).toList()));
        assertEquals(Coverage.of("652327000000", "县", villages, reserves, county -> CoverageTarget.DEFAULT),
                Coverage.of("652327000000", "县", villages, tallies, county -> CoverageTarget.DEFAULT));
        assertEquals(Readiness.of(villages, reserves), Readiness.of(villages, tallies));
        assertEquals(4, Coverage.of("652327000000", "县", villages, tallies, county -> CoverageTarget.DEFAULT).total().reserves());
    }

    @Test
    void movingATallyByASnapshotsDifferenceEqualsTallyingAfresh() {
        List<Reserve> after = new ArrayList<>(reserves);
        Reserve admitted = reserves.get(3);
        Reserve onProbation = new Reserve(admitted.candidateId(), admitted.campaignId(), admitted.countyCode(), admitted.townshipCode(),
                admitted.villageCode(), admitted.track(), ReserveStatus.ON_PROBATION, admitted.targetPost(), admitted.gender(), admitted.birthYear(),
                admitted.educationLevel(), admitted.politicalStatus(), admitted.ethnicity(), admitted.local(), admitted.sourceGroup(),
                admitted.channel(), admitted.electedPosts(), null, null, TODAY, TODAY.plusMonths(6));
        after.set(3, onProbation);
        VillageTally moved = VillageTally.of(reserves).plus(VillageTally.of(onProbation).minus(VillageTally.of(admitted)));
        assertEquals(VillageTally.of(after), moved);
        assertFalse(moved.equals(VillageTally.of(reserves)), "going on post moves the on-post count");
    }

    @Test
    void structureFromSummedCellsEqualsStructureFromTheReserves() {
        List<Structure.Cell> cells = new ArrayList<>();
        reserves.forEach(r -> cells.addAll(Structure.cells(r)));
        // The database sums cells per township: the same cells split and summed differently must give the same figures.
        cells.add(new Structure.Cell(Structure.Dimension.GENDER, "MALE", 0));
        assertEquals(Structure.of(reserves, TODAY), Structure.ofCells(cells, TODAY));
        assertEquals(reserves.size(), Structure.ofCells(cells, TODAY).reserves());
        assertEquals(Structure.of(List.of(), TODAY), Structure.ofCells(List.of(), TODAY));
        Structure.Cell unknown = Structure.cells(reserves.get(4)).get(1);
        assertEquals(new Structure.Cell(Structure.Dimension.EDUCATION, Structure.UNKNOWN, 1), unknown, "a missing value is counted as UNKNOWN");
    }

    @Test
    void populationsCountTheBenchOrEveryoneStillInTheRunning() {
        assertTrue(Reports.Population.POOL.counts(ReserveStatus.NOT_ELECTED));
        assertFalse(Reports.Population.POOL.counts(ReserveStatus.ELECTED));
        assertTrue(Reports.Population.CANDIDATES.counts(ReserveStatus.REGISTERED));
        assertFalse(Reports.Population.CANDIDATES.counts(ReserveStatus.JOINT_REVIEW_REJECTED));
        assertFalse(Reports.Population.CANDIDATES.counts(ReserveStatus.EXITED));
    }
}
