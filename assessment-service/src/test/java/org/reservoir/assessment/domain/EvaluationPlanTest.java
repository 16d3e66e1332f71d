package org.reservoir.assessment.domain;

import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.api.Violation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationPlanTest {

    static final CriteriaTemplate SHEET = new CriteriaTemplate("three-highs-three-strengths", "三高三强", "",
            List.of(new CriteriaTemplate.Criterion("a", "政治素质高", new BigDecimal("60")), new CriteriaTemplate.Criterion("b", "服务能力强", new BigDecimal("40"))));

    static PlanComponent c(Component component, int weight, String max) {
        return new PlanComponent(component, weight, new BigDecimal(max));
    }

    static EvaluationPlan.Draft draft(List<PlanComponent> components, List<Component> tieBreak, List<String> raters, int minRaters, Integer trimFrom) {
        return new EvaluationPlan.Draft(components, new BigDecimal("60"), tieBreak, SHEET.key(), raters, minRaters, trimFrom);
    }

    static final List<PlanComponent> GOOD = List.of(c(Component.WRITTEN_TEST, 30, "100"), c(Component.INTERVIEW, 40, "100"),
            c(Component.FIELD_VISIT, 30, "100"));

    static List<String> rules(EvaluationPlan.Draft d) {
        return EvaluationPlan.violations(d, Optional.of(SHEET)).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aGoodPlanHasNoViolations() {
        assertEquals(List.of(), rules(draft(GOOD, List.of(Component.INTERVIEW), List.of("a", "b", "c", "d", "e"), 5, 5)));
    }

    @Test
    void weightsMustSumToOneHundred() {
        List<String> r = rules(draft(List.of(c(Component.WRITTEN_TEST, 30, "100"), c(Component.INTERVIEW, 40, "100"),
                c(Component.FIELD_VISIT, 20, "100")), List.of(), List.of("a"), 1, null));
        assertEquals(List.of("components:weights-sum"), r);
        Violation v = EvaluationPlan.violations(draft(List.of(c(Component.WRITTEN_TEST, 30, "100"), c(Component.INTERVIEW, 40, "100"),
                c(Component.FIELD_VISIT, 20, "100")), List.of(), List.of("a"), 1, null), Optional.of(SHEET)).get(0);
        assertEquals(90, v.args()[0]);
    }

    @Test
    void mandatoryComponentsOnceEach() {
        List<String> r = rules(draft(List.of(c(Component.WRITTEN_TEST, 50, "100"), c(Component.WRITTEN_TEST, 10, "100"),
                c(Component.INTERVIEW, 40, "100")), List.of(), List.of("a"), 1, null));
        assertTrue(r.contains("components[1].component:component-duplicate"), r.toString());
        assertTrue(r.contains("components:component-required"), r.toString());
    }

    @Test
    void democraticRecommendationIsOptional() {
        assertEquals(List.of(), rules(draft(List.of(c(Component.WRITTEN_TEST, 30, "100"), c(Component.INTERVIEW, 30, "100"),
                c(Component.FIELD_VISIT, 20, "100"), c(Component.DEMOCRATIC_RECOMMENDATION, 20, "100")), List.of(), List.of("a"), 1, null)));
    }

    @Test
    void theInterviewMaximumIsTheSheetsTotal() {
        assertEquals(List.of("components[1].maxScore:interview-max-mismatch"), rules(draft(List.of(c(Component.WRITTEN_TEST, 30, "100"),
                c(Component.INTERVIEW, 40, "50"), c(Component.FIELD_VISIT, 30, "100")), List.of(), List.of("a"), 1, null)));
    }

    @Test
    void tieBreakNamesPlannedComponentsOnce() {
        assertEquals(List.of("tieBreak[0]:tie-break-component", "tieBreak[2]:tie-break-component"),
                rules(draft(GOOD, List.of(Component.DEMOCRATIC_RECOMMENDATION, Component.INTERVIEW, Component.INTERVIEW), List.of("a"), 1, null)));
    }

    @Test
    void thePanelHasEnoughDistinctRaters() {
        assertEquals(List.of("raters:rater-duplicate", "raters:panel-size"), rules(draft(GOOD, List.of(), List.of("a", "a"), 3, null)));
        assertEquals(List.of("trimFrom:trim-from-range"), rules(draft(GOOD, List.of(), List.of("a", "b"), 2, 2)));
    }

    @Test
    void anUnknownSheetIsNamed() {
        assertEquals(List.of("criteriaTemplate:template-unknown"),
                EvaluationPlan.violations(draft(GOOD, List.of(), List.of("a"), 1, null), Optional.empty()).stream()
                        .map(v -> v.field() + ":" + v.rule()).toList());
    }
}
