package org.reservoir.assessment.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Evaluation;
import org.reservoir.assessment.domain.Scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The selection evaluation's result, published when sealed and again (higher {@code resultVersion}) after each correction.
 * Contract: docs/events/assessment.evaluation.v1.schema.json. Keyed by candidate id; no ID numbers.
 */
public final class EvaluationEvents {

    public static final String TOPIC = "assessment.evaluation.v1";
    public static final String COMPLETED = "reservoir.assessment.evaluation.completed";

    private EvaluationEvents() {
    }

    @Schema(name = "EvaluationPart", description = "One component of the composite: score × weight ÷ maxScore = weighted (HALF_UP, 2 places)")
    public record Part(String component, BigDecimal score, BigDecimal maxScore, int weight, BigDecimal weighted) {
        static Part of(Scoring.Part p) {
            return new Part(p.component().name(), p.score(), p.maxScore(), p.weight(), p.weighted());
        }
    }

    @Schema(name = "EvaluationCompleted", description = "Payload of reservoir.assessment.evaluation.completed")
    public record Completed(UUID candidateId, UUID campaignId, UUID planId, int resultVersion, BigDecimal composite, boolean passed,
                            int rank, int rankOf, List<Part> breakdown, OffsetDateTime sealedAt, String countyCode, String townshipCode,
                            String villageCode, long version) {

        public static Completed of(Evaluation e) {
            return new Completed(e.candidateId, e.campaignId, e.planId, e.resultVersion, e.composite, e.passed, e.rankAtSeal, e.rankOf,
                    e.breakdown.stream().map(Part::of).toList(), e.sealedAt, e.countyCode.trim(), e.townshipCode.trim(),
                    e.villageCode.trim(), e.version());
        }
    }
}
