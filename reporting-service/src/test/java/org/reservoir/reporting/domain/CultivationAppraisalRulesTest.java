package org.reservoir.reporting.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.reporting.domain.Fixtures.V1;
import static org.reservoir.reporting.domain.Fixtures.V2;
import static org.reservoir.reporting.domain.Fixtures.reserve;

/** The cultivation and appraisal aggregation rules and their alert causes. */
class CultivationAppraisalRulesTest {

    private static Cultivation.Pair pair(String status, List<String> silent, String lastFollowUp) {
        return new Cultivation.Pair(UUID.randomUUID(), UUID.randomUUID(), V1, status, silent, lastFollowUp);
    }

    @Test
    void aPairIsSilentUntilAFollowUpForItsLatestSilentMonthOrLaterOrItsEnd() {
        assertTrue(pair("ACTIVE", List.of("2026-09"), null).silent());
        assertTrue(pair("ACTIVE", List.of("2026-08", "2026-10"), "2026-09").silent());
        assertEquals("2026-10", pair("ACTIVE", List.of("2026-10", "2026-08"), null).lastSilentMonth());
        assertFalse(pair("ACTIVE", List.of("2026-09"), "2026-09").silent());
        assertFalse(pair("ACTIVE", List.of("2026-09"), "2026-11").silent());
        assertFalse(pair("ENDED", List.of("2026-09"), null).silent());
        assertFalse(pair("ACTIVE", List.of(), null).silent());
    }

    @Test
    void cultivationCountsPairsFollowUpsHoursAgainstTheCountysMinimumAndPosts() {
        Reserve meets = reserve(V1, ReserveStatus.IN_POOL, "PART_TIME");
        Reserve below = reserve(V1, ReserveStatus.ON_PROBATION, "FULL_TIME");
        Reserve none = reserve(V2, ReserveStatus.IN_POOL, "PART_TIME");
        Cultivation.Figures f = Cultivation.of(
                List.of(pair("ACTIVE", List.of("2026-09"), null), pair("ACTIVE", List.of(), "2026-09"), pair("ENDED", List.of("2026-08"), null)),
                List.of("2026-09", "2026-08", "2026-09"), List.of(meets, below, none),
                Map.of(meets.candidateId(), new BigDecimal("24.5"), below.candidateId(), new BigDecimal("8")),
                county -> new BigDecimal("24"), 2026,
                List.of(new Cultivation.Post(meets.candidateId(), V1, "GRID_MEMBER", true, "ACTIVE"),
                        new Cultivation.Post(below.candidateId(), V1, "GRID_MEMBER", false, "ENDED"),
                        new Cultivation.Post(none.candidateId(), V2, "MEDIATION", false, "ENDED")));
        assertEquals(new Cultivation.Pairs(2, 1, 1), f.pairs());
        assertEquals(1, f.silentPairs().size());
        assertEquals("2026-09", f.silentPairs().get(0).lastSilentMonth());
        assertEquals(Map.of("2026-08", 1L, "2026-09", 2L), f.followUpsPerMonth());
        assertEquals(List.of("2026-08", "2026-09"), List.copyOf(f.followUpsPerMonth().keySet()));
        Cultivation.Hours h = f.hours();
        assertEquals(3, h.reserves());
        assertEquals(1, h.meetingMinimum());
        assertEquals(2, h.belowMinimum());
        assertEquals(new BigDecimal("32.50"), h.totalHours());
        assertEquals(new BigDecimal("10.83"), h.averageHours());
        assertEquals(Map.of(below.candidateId(), new BigDecimal("8.00"), none.candidateId(), new BigDecimal("0.00")),
                Map.of(h.reservesBelowMinimum().get(0).candidateId(), h.reservesBelowMinimum().get(0).hours(),
                        h.reservesBelowMinimum().get(1).candidateId(), h.reservesBelowMinimum().get(1).hours()));
        assertEquals(new Cultivation.Practice(1, 2, 1, Map.of("GRID_MEMBER", 2L, "MEDIATION", 1L)), f.practice());
    }

    @Test
    void hoursMeetingExactlyTheMinimumCountAsMet() {
        Reserve r = reserve(V1, ReserveStatus.IN_POOL, "PART_TIME");
        Cultivation.Hours h = Cultivation.hours(List.of(r), Map.of(r.candidateId(), new BigDecimal("24.00")), c -> new BigDecimal("24"), 2026);
        assertEquals(1, h.meetingMinimum());
        assertEquals(BigDecimal.ZERO.setScale(2), Cultivation.hours(List.of(), Map.of(), c -> BigDecimal.TEN, 2026).averageHours());
    }

    @Test
    void appraisalGradesPerCycleProposalsByKindAndTheKeyCultivationList() {
        UUID h1 = UUID.randomUUID();
        UUID h2 = UUID.randomUUID();
        UUID a1 = UUID.randomUUID();
        UUID a2 = UUID.randomUUID();
        UUID c1 = UUID.randomUUID();
        List<Appraisals.Appraisal> appraisals = List.of(
                new Appraisals.Appraisal(a1, h1, c1, V1, "2026-H1", "EXCELLENT", null),
                new Appraisals.Appraisal(a2, h1, UUID.randomUUID(), V1, "2026-H1", "INCOMPETENT", null),
                new Appraisals.Appraisal(UUID.randomUUID(), h1, UUID.randomUUID(), V2, null, null, LocalDate.of(2026, 7, 31)),
                new Appraisals.Appraisal(UUID.randomUUID(), h2, UUID.randomUUID(), V2, "2026-H2", "EXCELLENT", null));
        List<Appraisals.Proposal> proposals = List.of(
                new Appraisals.Proposal(UUID.randomUUID(), a1, c1, V1, "KEY_CULTIVATION", "ACCEPTED"),
                new Appraisals.Proposal(UUID.randomUUID(), a2, UUID.randomUUID(), V1, "EXIT", "DISMISSED"),
                new Appraisals.Proposal(UUID.randomUUID(), a2, UUID.randomUUID(), V1, "EXIT", "OPEN"),
                new Appraisals.Proposal(UUID.randomUUID(), a1, UUID.randomUUID(), V1, "KEY_CULTIVATION", "DISMISSED"));
        Appraisals.Figures f = Appraisals.of(appraisals, proposals);
        assertEquals(List.of("2026-H2", "2026-H1"), f.cycles().stream().map(Appraisals.Cycle::period).toList());
        Appraisals.Cycle first = f.cycles().get(1);
        assertEquals(2, first.graded());
        assertEquals(1, first.overdue());
        assertEquals(Map.of("EXCELLENT", 1L, "INCOMPETENT", 1L), first.byGrade());
        assertEquals(new Appraisals.Counts(4, 1, 1, 2), f.proposals().total());
        assertEquals(new Appraisals.Counts(2, 1, 0, 1), f.proposals().byKind().get("EXIT"));
        assertEquals(List.of(new Appraisals.KeyCultivation(c1, V1, a1, "2026-H1")), f.keyCultivation());
    }

    @Test
    void overdueAppraisalsAndSilentPairsAreAlertCausesUntilGradedOrFollowedUp() {
        UUID overdue = UUID.randomUUID();
        Cultivation.Pair silent = pair("ACTIVE", List.of("2026-09"), null);
        List<AlertRules.Cause> causes = AlertRules.cultivationCauses(List.of(
                        new Appraisals.Appraisal(overdue, UUID.randomUUID(), UUID.randomUUID(), V2, null, null, LocalDate.of(2026, 7, 31)),
                        new Appraisals.Appraisal(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), V2, "2026-H1", "COMPETENT", null)),
                List.of(silent, pair("ACTIVE", List.of("2026-09"), "2026-10"), pair("ENDED", List.of("2026-09"), null)));
        assertEquals(2, causes.size());
        assertEquals(AlertKind.APPRAISAL_OVERDUE, causes.get(0).kind());
        assertEquals(overdue.toString(), causes.get(0).subject());
        assertEquals("2026-07-31", causes.get(0).details().get("deadline"));
        assertEquals(AlertKind.MENTOR_PAIR_SILENT, causes.get(1).kind());
        assertEquals(silent.pairId().toString(), causes.get(1).subject());
        assertNull(new Appraisals.Appraisal(overdue, UUID.randomUUID(), UUID.randomUUID(), V2, null, null, null).overdueDeadline());
    }
}
