package org.reservoir.assessment.domain;

import java.math.BigDecimal;

/** One component of a plan: its weight in the composite (the weights sum to 100) and the highest score it takes. */
public record PlanComponent(Component component, int weight, BigDecimal maxScore) {
}
