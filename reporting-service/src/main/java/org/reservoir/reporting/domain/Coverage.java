package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reserves on each village's bench against its county's target (覆盖): per village by track, the villages below target,
 * and totals per township and for the whole scope.
 */
public final class Coverage {

    private Coverage() {
    }

    @Schema(name = "VillageCoverage")
    public record VillageCoverage(String code, String name, String townshipCode, long reserves, long fullTime, long partTime,
                                  int targetMin, Integer targetMax, CoverageTarget.Standing standing) {
    }

    @Schema(name = "CoverageTotals")
    public record Totals(String code, String name, long villages, long reserves, long fullTime, long partTime, long villagesBelowTarget,
                         long villagesWithinTarget, long villagesAboveTarget) {
    }

    @Schema(name = "CoverageFigures", description = "For the region, per township, the codes of the villages below target, and one page "
            + "of the villages (villagesPage says which)")
    public record Figures(Totals total, List<Totals> townships, List<VillageCoverage> villages, List<String> villagesBelowTarget,
                          VillagePage villagesPage) {

        /** The same figures with one page of the villages (of one standing, or all), in code order. */
        public Figures page(int page, int size, CoverageTarget.Standing standing) {
            List<VillageCoverage> selected = standing == null ? villages : villages.stream().filter(v -> v.standing() == standing).toList();
            return new Figures(total, townships, VillagePage.slice(selected, page, size), villagesBelowTarget,
                    new VillagePage(page, size, selected.size()));
        }
    }

    /**
     * @param villages the scope's active villages, in code order
     * @param reserves candidates in the scope; only those on the bench count
     * @param targets  the target of a county code
     */
    public static Figures of(String scopeCode, String scopeName, List<Village> villages, Collection<Reserve> reserves,
                             Function<String, CoverageTarget> targets) {
        Map<String, VillageTally> byVillage = new HashMap<>();
        for (Reserve r : reserves) {
            byVillage.merge(r.villageCode(), VillageTally.of(r), VillageTally::plus);
        }
        return of(scopeCode, scopeName, villages, byVillage, targets);
    }

    /**
     * @param villages the scope's active villages, in code order
     * @param tallies  each village's tally (a village without one has no reserves)
     * @param targets  the target of a county code
     */
    public static Figures of(String scopeCode, String scopeName, List<Village> villages, Map<String, VillageTally> tallies,
                             Function<String, CoverageTarget> targets) {
        List<VillageCoverage> rows = new ArrayList<>(villages.size());
        Map<String, TotalsBuilder> townships = new HashMap<>();
        TotalsBuilder total = new TotalsBuilder(scopeCode, scopeName);
        List<String> below = new ArrayList<>();
        Map<String, CoverageTarget> targetCache = new HashMap<>();
        String county = null;
        CoverageTarget target = null;
        for (Village v : villages) {
            VillageTally tally = tallies.getOrDefault(v.code(), VillageTally.NONE);
            long[] counts = {tally.benchFullTime(), tally.benchPartTime()};
            if (county == null || !v.code().regionMatches(0, county, 0, 6)) {
                county = v.countyCode();
                target = targetCache.computeIfAbsent(county, targets);
            }
            long reservesHere = counts[0] + counts[1];
            CoverageTarget.Standing standing = target.standing(reservesHere);
            rows.add(new VillageCoverage(v.code(), v.name(), v.townshipCode(), reservesHere, counts[0], counts[1], target.min(), target.max(), standing));
            if (standing == CoverageTarget.Standing.BELOW) {
                below.add(v.code());
            }
            townships.computeIfAbsent(v.townshipCode(), code -> new TotalsBuilder(code, v.townshipName())).add(counts, standing);
            total.add(counts, standing);
        }
        return new Figures(total.build(), townships.values().stream().map(TotalsBuilder::build).sorted(Comparator.comparing(Totals::code)).toList(), rows, below,
                new VillagePage(0, rows.size(), rows.size()));
    }

    private static final class TotalsBuilder {
        private final String code;
        private final String name;
        private long villages;
        private long fullTime;
        private long partTime;
        private final long[] standings = new long[CoverageTarget.Standing.values().length];

        TotalsBuilder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(long[] counts, CoverageTarget.Standing standing) {
            villages++;
            fullTime += counts[0];
            partTime += counts[1];
            standings[standing.ordinal()]++;
        }

        Totals build() {
            return new Totals(code, name, villages, fullTime + partTime, fullTime, partTime, standings[0], standings[1], standings[2]);
        }
    }
}
