package org.reservoir.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/** An interview score sheet shipped as data (e.g. 三高三强): criteria a rater scores, each from 0 to its maximum. */
public record CriteriaTemplate(String key, String name, String description, List<Criterion> criteria) {

    public record Criterion(String key, String label, BigDecimal maxScore) {
    }

    /** The highest total a sheet can reach: the interview component's maximum score. */
    public BigDecimal maxTotal() {
        return criteria.stream().map(Criterion::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
