package org.reservoir.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The composite of a selection evaluation, in exact decimals. Each component's weighted part is
 * {@code score × weight ÷ maxScore}, rounded HALF_UP to 2 places; the composite is the exact sum of those parts
 * (so the breakdown always adds up to it), on a 0–100 scale.
 */
public final class Scoring {

    public static final int SCALE = 2;

    private Scoring() {
    }

    /** One line of the breakdown. */
    public record Part(Component component, BigDecimal score, BigDecimal maxScore, int weight, BigDecimal weighted) {
    }

    public record Result(List<Part> breakdown, BigDecimal composite) {
    }

    /** The composite of {@code scores} under {@code plan}'s components; every component of the plan needs a score. */
    public static Result composite(List<PlanComponent> plan, Map<Component, BigDecimal> scores) {
        List<Part> parts = new ArrayList<>();
        BigDecimal composite = BigDecimal.ZERO.setScale(SCALE);
        for (PlanComponent c : plan) {
            BigDecimal score = scores.get(c.component());
            if (score == null) {
                throw new IllegalArgumentException("no score for " + c.component());
            }
            BigDecimal weighted = score.multiply(BigDecimal.valueOf(c.weight())).divide(c.maxScore(), SCALE, RoundingMode.HALF_UP);
            parts.add(new Part(c.component(), score, c.maxScore(), c.weight(), weighted));
            composite = composite.add(weighted);
        }
        return new Result(List.copyOf(parts), composite);
    }

    /** Democratic recommendation as a score: the share of votes for, times the component's maximum, HALF_UP to 2 places. */
    public static BigDecimal voteShare(int votesFor, int votesTotal, BigDecimal maxScore) {
        if (votesTotal <= 0 || votesFor < 0 || votesFor > votesTotal) {
            throw new IllegalArgumentException(votesFor + " of " + votesTotal);
        }
        return maxScore.multiply(BigDecimal.valueOf(votesFor)).divide(BigDecimal.valueOf(votesTotal), SCALE, RoundingMode.HALF_UP);
    }

    /** Whether the composite reaches the pass line (passing means composite ≥ pass line). */
    public static boolean passes(BigDecimal composite, BigDecimal passLine) {
        return composite.compareTo(passLine) >= 0;
    }
}
