package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.transitions.AuditedState;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.assessment.domain.AppraisalFixtures.*;

/** The cycle's definition rules, an appraisal's scoring, voting and grading, and a proposal's decision. */
class AppraisalTest {

    private static Refusal refusal(Decision<?> d) {
        return assertInstanceOf(Decision.Refused.class, d).refusal();
    }

    private static List<String> rules(Refusal r) {
        return r.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aCycleNeedsTheFiveDimensionsWeighingOneHundred() {
        assertEquals(Optional.empty(), AppraisalCycle.check(definition(), COUNTY_ADMIN, TODAY));
        List<AppraisalCycle.DimensionSpec> four = definition().dimensions().subList(0, 4);
        AppraisalCycle.Definition d = new AppraisalCycle.Definition(COUNTY, 2026, AppraisalPeriod.MID_YEAR, null,
                LocalDate.of(2026, 7, 15), four, 130);
        Refusal r = AppraisalCycle.check(d, COUNTY_ADMIN, TODAY).orElseThrow();
        assertEquals(422, r.status());
        assertEquals(List.of("dimensions:dimensions-complete", "dimensions:dimension-weights-sum", "democraticWeight:weight-range"), rules(r));
        List<AppraisalCycle.DimensionSpec> twice = List.of(four.get(0), four.get(0), four.get(1), four.get(2), four.get(3));
        assertTrue(rules(AppraisalCycle.check(new AppraisalCycle.Definition(COUNTY, 2026, AppraisalPeriod.MID_YEAR, null,
                LocalDate.of(2026, 7, 15), twice, 30), COUNTY_ADMIN, TODAY).orElseThrow()).contains("dimensions[1].dimension:dimension-repeated"));
    }

    @Test
    void aCycleOpensOnAFutureDayBeforeItsDeadlineInsideItsCounty() {
        AppraisalCycle.Definition d = new AppraisalCycle.Definition(COUNTY, 2026, AppraisalPeriod.MID_YEAR, LocalDate.of(2026, 7, 20),
                LocalDate.of(2026, 7, 15), dimensions(), 30);
        assertEquals(List.of("deadline:deadline-after-opening"), rules(AppraisalCycle.check(d, COUNTY_ADMIN, TODAY).orElseThrow()));
        assertEquals(403, AppraisalCycle.check(definition(), OTHER_COUNTY_ADMIN, TODAY).orElseThrow().status());
        AppraisalCycle scheduled = AppraisalCycle.draft(UUID.randomUUID(), new AppraisalCycle.Definition(COUNTY, 2026,
                AppraisalPeriod.MID_YEAR, LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 15), dimensions(), 30),
                GradeRules.shipped(), AdjustmentRules.shipped(), NOW);
        assertFalse(scheduled.dueToOpen(LocalDate.of(2026, 6, 19)));
        assertTrue(scheduled.dueToOpen(LocalDate.of(2026, 6, 20)));
        assertFalse(scheduled.dueToOpen(LocalDate.of(2026, 7, 16)), "past the deadline nobody could finish");
        assertEquals("cycle-deadline-passed", refusal(scheduled.open(LocalDate.of(2026, 7, 16), 3)).key());
        assertEquals("2026-H1", scheduled.periodKey());
    }

    @Test
    void scoresAreCheckedAndACorrectionKeepsWhatItReplaced() {
        Appraisal a = appraisal(cycle());
        Refusal r = refusal(a.recordScores(Map.of(Dimension.ABILITY, new BigDecimal("100.5"), Dimension.MORALITY, new BigDecimal("80.125"))));
        assertEquals(2, r.violations().size());
        Decision.Moved<Appraisal.Status> first = (Decision.Moved<Appraisal.Status>) a.recordScores(Map.of(Dimension.ABILITY, new BigDecimal("80")));
        assertFalse(first.details().containsKey("replaced"));
        Decision.Moved<Appraisal.Status> again = (Decision.Moved<Appraisal.Status>) a.recordScores(Map.of(Dimension.ABILITY, new BigDecimal("85")));
        assertEquals(Map.of("ABILITY", new BigDecimal("80")), again.details().get("replaced"));
        assertEquals(new BigDecimal("85"), a.scores.get(Dimension.ABILITY));
    }

    @Test
    void votesPerGroupAreCheckedAndReplacedPerGroup() {
        Appraisal a = appraisal(cycle());
        assertEquals(List.of("votes[0].incompetent:vote-count-range", "votes[1].group:voter-group-repeated"),
                rules(refusal(a.recordVotes(List.of(villagers(1, 1, 1, -1), villagers(1, 0, 0, 0))))));
        assertEquals(List.of("votes[0]:ballots-required"), rules(refusal(a.recordVotes(List.of(members(0, 0, 0, 0))))));
        a.recordVotes(List.of(villagers(10, 0, 0, 0), members(3, 0, 0, 0)));
        a.recordVotes(List.of(villagers(5, 5, 0, 0)));
        assertEquals(List.of(villagers(5, 5, 0, 0), members(3, 0, 0, 0)), a.votes);
    }

    @Test
    void gradingNeedsEveryDimensionAndBallots() {
        AppraisalCycle cycle = cycle();
        Appraisal a = appraisal(cycle);
        a.recordScores(Map.of(Dimension.ABILITY, new BigDecimal("80")));
        Refusal r = refusal(a.grade(cycle, GradeRules.shipped(), AdjustmentRules.shipped(), List.of(), NOW));
        assertEquals("appraisal-incomplete", r.key());
        assertEquals(false, r.extensions().get("votesRecorded"));
        assertEquals(List.of("MORALITY", "DILIGENCE", "PERFORMANCE", "INTEGRITY"), r.extensions().get("missingDimensions"));
    }

    @Test
    void gradingKeepsTheTotalTheGradeAndNamesTheProposals() {
        AppraisalCycle cycle = cycle();
        Appraisal a = appraisal(cycle);
        a.recordScores(allScores("65"));
        a.recordVotes(List.of(villagers(2, 20, 3, 0)));
        Decision.Moved<Appraisal.Status> m = (Decision.Moved<Appraisal.Status>) a.grade(cycle, GradeRules.shipped(),
                AdjustmentRules.shipped(), List.of(Grade.BASICALLY_COMPETENT), NOW);
        assertEquals(Appraisal.Status.GRADED, m.to());
        assertEquals(Grade.BASICALLY_COMPETENT, a.grade);
        assertEquals(new BigDecimal("69.26"), a.total);
        assertEquals(List.of("EXIT"), m.details().get("proposals"), "basically competent twice in a row");
        assertEquals(List.of(), a.proposals(AdjustmentRules.shipped(), List.of(Grade.COMPETENT)));
    }

    @Test
    void overdueIsOpenPastTheDeadline() {
        Appraisal a = appraisal(cycle());
        assertFalse(a.overdue(LocalDate.of(2026, 7, 15)));
        assertTrue(a.overdue(LocalDate.of(2026, 7, 16)));
        AuditedState.set(a, Appraisal.Status.GRADED, a.version());
        assertFalse(a.overdue(LocalDate.of(2026, 7, 16)));
    }

    @Test
    void aProposalIsDecidedWithAReason() {
        AppraisalCycle cycle = cycle();
        Appraisal a = appraisal(cycle);
        Proposal p = Proposal.of(UUID.randomUUID(), a, new AdjustmentRules.Proposed(ProposalKind.EXIT, "incompetent-exit", "不称职"), NOW);
        assertEquals(List.of("reason:decision-reason-required"), rules(refusal(p.decide(false, " ", "admin", NOW))));
        Decision.Moved<ProposalStatus> m = (Decision.Moved<ProposalStatus>) p.decide(false, "群众意见已整改", "admin", NOW);
        assertEquals(ProposalStatus.DISMISSED, m.to());
        assertEquals("群众意见已整改", p.decisionReason);
        assertEquals("proposal-status", Proposal.TRANSITIONS.refusalFrom(Proposal.Action.ACCEPT, ProposalStatus.DISMISSED).orElseThrow().key(),
                "a decided proposal is not decided again");
    }
}
