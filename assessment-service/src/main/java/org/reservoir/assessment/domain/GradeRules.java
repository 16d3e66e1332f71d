package org.reservoir.assessment.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an appraisal's grade follows from its weighted total and the democratic vote shares: a rule table shipped as data
 * ({@code appraisal/grade-rules.json}). Rules are read top-down and the first whose every condition holds gives the
 * grade (so "incompetent share ≥ 1/3 → 不称职 whatever the score" comes first); the last rule has no condition.
 * <p>
 * Arithmetic: dimension scores (0..100, two decimals) weigh by the cycle's dimension weights into the committee score;
 * the democratic score is the ballots' average of {@link #democraticPoints}; the total weighs the two by the cycle's
 * democratic weight. Everything is exact except the final total and democratic score, rounded half-up to 2 places;
 * total conditions read the rounded total (the figure people see), share conditions compare counts exactly.
 */
public record GradeRules(String version, Map<Grade, BigDecimal> democraticPoints, List<Rule> rules) {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Holds when the votes for {@code grades} (of {@code voters}, or of everyone) reach {@code atLeast}, or stay below {@code below}. */
    public record ShareCondition(Set<Grade> grades, VoterGroup voters, Fraction atLeast, Fraction below) {

        boolean holds(List<GroupVotes> votes) {
            long part = 0;
            long whole = 0;
            for (GroupVotes v : votes) {
                if (voters == null || v.group() == voters) {
                    whole += v.total();
                    for (Grade g : grades) {
                        part += v.count(g);
                    }
                }
            }
            return (atLeast == null || atLeast.reachedBy(part, whole)) && (below == null || whole > 0 && !below.reachedBy(part, whole));
        }
    }

    /** One row: the grade it gives and its conditions (all must hold; absent conditions hold). */
    public record Rule(String id, Grade grade, BigDecimal totalAtLeast, BigDecimal totalBelow, List<ShareCondition> shares,
                       String description) {

        boolean unconditional() {
            return totalAtLeast == null && totalBelow == null && (shares == null || shares.isEmpty());
        }

        boolean holds(BigDecimal total, List<GroupVotes> votes) {
            return (totalAtLeast == null || total.compareTo(totalAtLeast) >= 0)
                    && (totalBelow == null || total.compareTo(totalBelow) < 0)
                    && (shares == null || shares.stream().allMatch(s -> s.holds(votes)));
        }
    }

    /** What grading found: the two part scores, the total, the grade and the rule that gave it. */
    public record Outcome(BigDecimal committeeScore, BigDecimal democraticScore, BigDecimal total, Grade grade, String ruleId) {
    }

    public GradeRules {
        if (rules == null || rules.isEmpty() || !rules.get(rules.size() - 1).unconditional()) {
            throw new IllegalArgumentException("grade rules must end with a rule without conditions");
        }
        if (democraticPoints == null || !democraticPoints.keySet().containsAll(Set.of(Grade.values()))) {
            throw new IllegalArgumentException("grade rules must give democratic points for every grade");
        }
        democraticPoints = Map.copyOf(new EnumMap<>(democraticPoints));
        rules = List.copyOf(rules);
    }

    /** The table shipped with the service. */
    public static GradeRules shipped() {
        return read(GradeRules.class.getResourceAsStream("/appraisal/grade-rules.json"), GradeRules.class);
    }

    static <T> T read(InputStream in, Class<T> type) {
        try (in) {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committee's weighted score: Σ score × weight / 100, exact. */
    public static BigDecimal committeeScore(Map<Dimension, BigDecimal> scores, Map<Dimension, Integer> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Dimension, Integer> w : weights.entrySet()) {
            sum = sum.add(scores.get(w.getKey()).multiply(BigDecimal.valueOf(w.getValue())));
        }
        return sum.divide(HUNDRED);
    }

    /** The ballots' average points, unrounded (decimal128). */
    BigDecimal democraticAverage(List<GroupVotes> votes) {
        long ballots = votes.stream().mapToLong(GroupVotes::total).sum();
        BigDecimal points = BigDecimal.ZERO;
        for (GroupVotes v : votes) {
            for (Grade g : Grade.values()) {
                points = points.add(democraticPoints.get(g).multiply(BigDecimal.valueOf(v.count(g))));
            }
        }
        return points.divide(BigDecimal.valueOf(ballots), MathContext.DECIMAL128);
    }

    /**
     * Grades complete inputs: every dimension scored, at least one ballot. {@code democraticWeight} is the share (0..100)
     * the democratic score takes in the total.
     */
    public Outcome grade(Map<Dimension, BigDecimal> scores, Map<Dimension, Integer> weights, int democraticWeight, List<GroupVotes> votes) {
        BigDecimal committee = committeeScore(scores, weights);
        BigDecimal democratic = democraticAverage(votes);
        BigDecimal w = BigDecimal.valueOf(democraticWeight);
        BigDecimal total = committee.multiply(HUNDRED.subtract(w)).add(democratic.multiply(w))
                .divide(HUNDRED, MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_UP);
        Rule rule = rules.stream().filter(r -> r.holds(total, votes)).findFirst().orElseThrow();
        return new Outcome(committee.setScale(SCALE, RoundingMode.HALF_UP), democratic.setScale(SCALE, RoundingMode.HALF_UP), total,
                rule.grade(), rule.id());
    }
}
