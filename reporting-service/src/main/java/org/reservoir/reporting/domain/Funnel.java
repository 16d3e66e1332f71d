package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The funnel from registered to appointed (选 → 用): how many candidates reached each stage (reaching a stage means
 * passing every earlier one) and how many dropped out, by reason; exits also by exit reason.
 */
public final class Funnel {

    private Funnel() {
    }

    /** @param reached candidates who reached each stage, in stage order; {@code unknownStage}: exited with no known last status */
    @Schema(name = "FunnelFigures", description = "Candidates who reached each stage and drop-outs by reason")
    public record Figures(long candidates, Map<FunnelStage, Long> reached, Map<DropOut, Long> dropOuts, Map<String, Long> exitsByReason,
                          long unknownStage) {
    }

    /** The furthest stage a candidate reached: its status's, or for one who exited, the status it left from. */
    public static Optional<FunnelStage> reached(Reserve r) {
        if (r.status() == ReserveStatus.EXITED) {
            return r.exitedFrom() == null ? Optional.empty() : r.exitedFrom().stage();
        }
        return r.status().stage();
    }

    public static Figures of(Collection<Reserve> candidates) {
        long[] atStage = new long[FunnelStage.values().length];
        Map<DropOut, Long> dropOuts = new EnumMap<>(DropOut.class);
        Map<String, Long> exits = new TreeMap<>();
        long unknown = 0;
        for (Reserve r : candidates) {
            Optional<FunnelStage> stage = reached(r);
            if (stage.isPresent()) {
                atStage[stage.get().ordinal()]++;
            } else {
                unknown++;
            }
            r.status().dropOut().ifPresent(d -> dropOuts.merge(d, 1L, Long::sum));
            if (r.status() == ReserveStatus.EXITED) {
                exits.merge(r.exitReason() == null ? Structure.UNKNOWN : r.exitReason(), 1L, Long::sum);
            }
        }
        Map<FunnelStage, Long> reached = new EnumMap<>(FunnelStage.class);
        long cumulative = 0;
        FunnelStage[] stages = FunnelStage.values();
        for (int i = stages.length - 1; i >= 0; i--) {
            cumulative += atStage[i];
            reached.put(stages[i], cumulative);
        }
        // Every candidate registered, including those whose exit hides how far they got.
        reached.put(FunnelStage.REGISTERED, (long) candidates.size());
        return new Figures(candidates.size(), reached, dropOuts, exits, unknown);
    }
}
