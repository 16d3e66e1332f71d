package org.reservoir.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which alerts should be open now. The evaluation compares this set with the open alerts: a new cause raises one alert,
 * a cause gone away resolves it, a cause still present changes nothing (raised once).
 */
public final class AlertRules {

    public static final int AGE_LIMIT_HORIZON_MONTHS = 12;
    public static final int PROBATION_HORIZON_DAYS = 7;

    private AlertRules() {
    }

    /** An alert that should be open, with the facts that raised it. */
    public record Cause(AlertKind kind, String subject, String villageCode, Map<String, Object> details) {
    }

    /**
     * Villages below the coverage target, by their reserves on the bench as the village's tally counts them (the same
     * count the coverage report shows; a village without a tally has none).
     *
     * @param villages the active villages evaluated
     * @param tallies  their tallies, by village code
     */
    public static List<Cause> villageCauses(List<Village> villages, Map<String, VillageTally> tallies, CoverageTarget target) {
        List<Cause> causes = new ArrayList<>();
        for (Village v : villages) {
            long count = tallies.getOrDefault(v.code(), VillageTally.NONE).benchReserves();
            if (target.standing(count) == CoverageTarget.Standing.BELOW) {
                causes.add(new Cause(AlertKind.VILLAGE_BELOW_TARGET, v.code(), v.code(), Map.of("reserves", count, "targetMin", target.min())));
            }
        }
        return causes;
    }

    /**
     * Reserves on the bench who pass their campaign's age limit within {@value #AGE_LIMIT_HORIZON_MONTHS} months, and
     * probations ending within {@value #PROBATION_HORIZON_DAYS} days. {@code reserves} need hold only those a query
     * narrowed with {@link #ageLimitYear} and {@link #probationEndingBy}; the others cannot be causes.
     *
     * @param maxAge the age limit of a campaign, null when it has none
     */
    public static List<Cause> reserveCauses(Collection<Reserve> reserves, Function<UUID, Integer> maxAge, LocalDate today) {
        List<Cause> causes = new ArrayList<>();
        LocalDate horizon = today.plusMonths(AGE_LIMIT_HORIZON_MONTHS);
        for (Reserve r : reserves) {
            Integer limit = maxAge.apply(r.campaignId());
            if (r.status().onBench() && limit != null && r.ageIn(horizon) > limit) {
                causes.add(new Cause(AlertKind.AGE_LIMIT_APPROACHING, r.candidateId().toString(), r.villageCode(),
                        Map.of("birthYear", r.birthYear(), "maxAge", limit, "campaignId", r.campaignId().toString())));
            }
            if (probationEnding(r, today)) {
                causes.add(new Cause(AlertKind.PROBATION_ENDING, r.candidateId().toString(), r.villageCode(),
                        Map.of("probationPlannedEnd", r.probationPlannedEnd().toString())));
            }
        }
        return causes;
    }

    /** The age-limit horizon's year: a reserve born before it minus a limit is past that limit ({@link Reserve#ageIn}). */
    public static int ageLimitYear(LocalDate today) {
        return today.plusMonths(AGE_LIMIT_HORIZON_MONTHS).getYear();
    }

    /** The last planned end of a probation that counts as ending. */
    public static LocalDate probationEndingBy(LocalDate today) {
        return today.plusDays(PROBATION_HORIZON_DAYS);
    }

    /** Overdue appraisals and silent mentor pairs: causes that assessment's and training's notices start and later events end. */
    public static List<Cause> cultivationCauses(Collection<Appraisals.Appraisal> appraisals, Collection<Cultivation.Pair> pairs) {
        List<Cause> causes = new ArrayList<>();
        for (Appraisals.Appraisal a : appraisals) {
            if (a.overdue()) {
                causes.add(new Cause(AlertKind.APPRAISAL_OVERDUE, a.appraisalId().toString(), a.villageCode(), Map.of(
                        "candidateId", a.candidateId().toString(), "cycleId", a.cycleId().toString(), "deadline", a.overdueDeadline().toString())));
            }
        }
        for (Cultivation.Pair p : pairs) {
            if (p.silent()) {
                causes.add(new Cause(AlertKind.MENTOR_PAIR_SILENT, p.pairId().toString(), p.villageCode(), Map.of(
                        "candidateId", p.candidateId().toString(), "silentMonth", p.lastSilentMonth())));
            }
        }
        return causes;
    }

    /** On probation with no outcome yet and the planned end at most 7 days away (or already past). */
    public static boolean probationEnding(Reserve r, LocalDate today) {
        return r.status() == ReserveStatus.ON_PROBATION && r.probationPlannedEnd() != null
                && !r.probationPlannedEnd().isAfter(probationEndingBy(today));
    }
}
