package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Appraisal (半年考评): grades per cycle, dynamic-adjustment proposals and the key-cultivation list, from assessment's events. */
public final class Appraisals {

    public static final String KEY_CULTIVATION = "KEY_CULTIVATION";

    private Appraisals() {
    }

    /** An appraisal as projected: graded (grade, period) or open and overdue (deadline). */
    public record Appraisal(UUID appraisalId, UUID cycleId, UUID candidateId, String villageCode, String period, String grade,
                            LocalDate overdueDeadline) {

        public boolean graded() {
            return grade != null;
        }

        /** Overdue until graded. */
        public boolean overdue() {
            return !graded() && overdueDeadline != null;
        }
    }

    /** A proposal as projected: OPEN, ACCEPTED or DISMISSED. */
    public record Proposal(UUID proposalId, UUID appraisalId, UUID candidateId, String villageCode, String kind, String status) {
    }

    @Schema(name = "AppraisalCycleGrades", description = "One cycle's graded appraisals by grade (EXCELLENT, COMPETENT, BASICALLY_COMPETENT, "
            + "INCOMPETENT) and its appraisals still open past the deadline")
    public record Cycle(UUID cycleId, String period, long graded, Map<String, Long> byGrade, long overdue) {
    }

    @Schema(name = "ProposalCounts", description = "Proposals made (all), still open, accepted and dismissed")
    public record Counts(long made, long open, long accepted, long dismissed) {
        static Counts of(Collection<Proposal> proposals) {
            return new Counts(proposals.size(), count(proposals, "OPEN"), count(proposals, "ACCEPTED"), count(proposals, "DISMISSED"));
        }

        private static long count(Collection<Proposal> proposals, String status) {
            return proposals.stream().filter(p -> status.equals(p.status())).count();
        }
    }

    @Schema(name = "ProposalFigures", description = "Proposals in total and by kind (KEY_CULTIVATION, EXIT)")
    public record Proposals(Counts total, Map<String, Counts> byKind) {
    }

    @Schema(name = "KeyCultivationEntry", description = "A reserve whose KEY_CULTIVATION proposal (重点培养) was accepted")
    public record KeyCultivation(UUID candidateId, String villageCode, UUID appraisalId, String period) {
    }

    @Schema(name = "AppraisalFigures", description = "Grade distribution per cycle, proposals made/accepted/dismissed, the key-cultivation list")
    public record Figures(List<Cycle> cycles, Proposals proposals, List<KeyCultivation> keyCultivation) {
    }

    public static Figures of(Collection<Appraisal> appraisals, Collection<Proposal> proposals) {
        Map<UUID, List<Appraisal>> byCycle = appraisals.stream().collect(Collectors.groupingBy(Appraisal::cycleId, LinkedHashMap::new,
                Collectors.toList()));
        List<Cycle> cycles = byCycle.entrySet().stream().map(e -> {
            String period = e.getValue().stream().map(Appraisal::period).filter(Objects::nonNull).findFirst().orElse(null);
            Map<String, Long> grades = new TreeMap<>(e.getValue().stream().filter(Appraisal::graded)
                    .collect(Collectors.groupingBy(Appraisal::grade, Collectors.counting())));
            return new Cycle(e.getKey(), period, grades.values().stream().mapToLong(Long::longValue).sum(), grades,
                    e.getValue().stream().filter(Appraisal::overdue).count());
        }).sorted(Comparator.comparing(Cycle::period, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Cycle::cycleId)).toList();
        Map<String, Counts> byKind = new TreeMap<>();
        proposals.stream().collect(Collectors.groupingBy(Proposal::kind)).forEach((k, v) -> byKind.put(k, Counts.of(v)));
        Function<UUID, String> periodOf = appraisals.stream().filter(a -> a.period() != null)
                .collect(Collectors.toMap(Appraisal::appraisalId, Appraisal::period, (a, b) -> a))::get;
        List<KeyCultivation> key = proposals.stream().filter(p -> KEY_CULTIVATION.equals(p.kind()) && "ACCEPTED".equals(p.status()))
                .sorted(Comparator.comparing(Proposal::villageCode).thenComparing(Proposal::candidateId).thenComparing(Proposal::proposalId))
                .map(p -> new KeyCultivation(p.candidateId(), p.villageCode(), p.appraisalId(), periodOf.apply(p.appraisalId())))
                .toList();
        return new Figures(cycles, new Proposals(Counts.of(proposals), byKind), key);
    }
}
