package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dynamic adjustment shipped as data (appraisal/adjustment-rules.json): 优秀 → 重点培养; 不称职, or 基本称职 twice in a row → 退出. */
class AdjustmentRulesTest {

    private static final AdjustmentRules RULES = AdjustmentRules.shipped();

    private static List<ProposalKind> kinds(Grade current, Grade... earlierNewestFirst) {
        return RULES.proposals(current, List.of(earlierNewestFirst)).stream().map(AdjustmentRules.Proposed::kind).toList();
    }

    @Test
    void excellentIsProposedForKeyCultivation() {
        assertEquals(List.of(ProposalKind.KEY_CULTIVATION), kinds(Grade.EXCELLENT));
        assertEquals("excellent-key-cultivation", RULES.proposals(Grade.EXCELLENT, List.of()).get(0).ruleId());
    }

    @Test
    void incompetentIsProposedForExitAtOnce() {
        assertEquals(List.of(ProposalKind.EXIT), kinds(Grade.INCOMPETENT));
        assertEquals(List.of(ProposalKind.EXIT), kinds(Grade.INCOMPETENT, Grade.EXCELLENT));
    }

    @Test
    void basicallyCompetentTwiceInARowIsProposedForExit() {
        assertEquals(List.of(), kinds(Grade.BASICALLY_COMPETENT));
        assertEquals(List.of(), kinds(Grade.BASICALLY_COMPETENT, Grade.COMPETENT, Grade.BASICALLY_COMPETENT), "not in a row");
        assertEquals(List.of(ProposalKind.EXIT), kinds(Grade.BASICALLY_COMPETENT, Grade.BASICALLY_COMPETENT));
        assertEquals("basically-competent-twice-exit", RULES.proposals(Grade.BASICALLY_COMPETENT, List.of(Grade.BASICALLY_COMPETENT))
                .get(0).ruleId());
    }

    @Test
    void competentProposesNothing() {
        assertEquals(List.of(), kinds(Grade.COMPETENT, Grade.BASICALLY_COMPETENT));
    }

    @Test
    void atMostOneProposalPerKind() {
        AdjustmentRules strict = new AdjustmentRules("t", List.of(
                new AdjustmentRules.Rule("a", ProposalKind.EXIT, Grade.INCOMPETENT, 1, "a"),
                new AdjustmentRules.Rule("b", ProposalKind.EXIT, Grade.INCOMPETENT, 2, "b")));
        assertEquals(1, strict.proposals(Grade.INCOMPETENT, List.of(Grade.INCOMPETENT)).size());
    }
}
