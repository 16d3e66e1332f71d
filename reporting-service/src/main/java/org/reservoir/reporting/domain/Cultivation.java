package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cultivation (培养): mentor pairs (导师帮带), follow-ups per month, training hours per reserve against the required yearly
 * minimum (学时) and practice posts (上岗锻炼), from training's events.
 */
public final class Cultivation {

    private Cultivation() {
    }

    /**
     * A mentor pair as projected, with the months training reported silent and the latest month it has a follow-up for.
     * Months are YYYY-MM, so text order is time order.
     */
    public record Pair(UUID pairId, UUID candidateId, String villageCode, String status, List<String> silentMonths, String lastFollowUpMonth) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public String lastSilentMonth() {
            return silentMonths.stream().max(Comparator.naturalOrder()).orElse(null);
        }

        /** Silent: active, and no follow-up for the latest silent month or after it (a follow-up or the pair's end clears it). */
        public boolean silent() {
            String silent = lastSilentMonth();
            return active() && silent != null && (lastFollowUpMonth == null || lastFollowUpMonth.compareTo(silent) < 0);
        }
    }

    /** A practice post as projected. */
    public record Post(UUID candidateId, String villageCode, String postKind, boolean crossVillage, String status) {
    }

    @Schema(name = "CultivationPairs", description = "Mentor pairs: active (of them silent) and ended")
    public record Pairs(long active, long silent, long ended) {
    }

    @Schema(name = "SilentPair", description = "An active pair whose latest silent month has no follow-up since")
    public record SilentPair(UUID pairId, UUID candidateId, String villageCode, int silentMonths, String lastSilentMonth) {
    }

    @Schema(name = "ReserveHours", description = "A reserve on the bench below the required yearly hours")
    public record ReserveHours(UUID candidateId, String villageCode, BigDecimal hours, BigDecimal minimumHours) {
    }

    @Schema(name = "CultivationHours", description = "Training hours (学时) in one year of the reserves on the bench against their county's "
            + "required minimum; a reserve without credited hours counts with 0")
    public record Hours(int year, long reserves, long meetingMinimum, long belowMinimum, BigDecimal totalHours, BigDecimal averageHours,
                        List<ReserveHours> reservesBelowMinimum) {
    }

    @Schema(name = "CultivationPractice", description = "Practice posts: active, ended, across villages (跨村任职), by post kind")
    public record Practice(long active, long ended, long crossVillage, Map<String, Long> byPostKind) {
    }

    @Schema(name = "CultivationFigures", description = "Pairs, silent pairs, follow-ups per month (YYYY-MM), hours and practice posts")
    public record Figures(Pairs pairs, List<SilentPair> silentPairs, Map<String, Long> followUpsPerMonth, Hours hours, Practice practice) {
    }

    /**
     * @param followUpMonths the month of every follow-up recorded in the scope
     * @param bench          the reserves on the bench in the scope: whose hours are held against the minimum
     * @param hours          each reserve's hours credited in {@code year}
     * @param minimum        the required yearly hours of a county
     */
    public static Figures of(Collection<Pair> pairs, Collection<String> followUpMonths, Collection<Reserve> bench,
                             Map<UUID, BigDecimal> hours, Function<String, BigDecimal> minimum, int year, Collection<Post> posts) {
        long active = pairs.stream().filter(Pair::active).count();
        List<SilentPair> silent = pairs.stream().filter(Pair::silent)
                .sorted(Comparator.comparing(Pair::villageCode).thenComparing(Pair::pairId))
                .map(p -> new SilentPair(p.pairId(), p.candidateId(), p.villageCode(), p.silentMonths().size(), p.lastSilentMonth()))
                .toList();
        Map<String, Long> perMonth = new TreeMap<>();
        followUpMonths.forEach(m -> perMonth.merge(m, 1L, Long::sum));
        return new Figures(new Pairs(active, silent.size(), pairs.size() - active), silent, perMonth,
                hours(bench, hours, minimum, year), practice(posts));
    }

    static Hours hours(Collection<Reserve> bench, Map<UUID, BigDecimal> credited, Function<String, BigDecimal> minimum, int year) {
        BigDecimal total = BigDecimal.ZERO;
        long meeting = 0;
        List<ReserveHours> below = new ArrayList<>();
        for (Reserve r : bench.stream().sorted(Comparator.comparing(Reserve::villageCode).thenComparing(Reserve::candidateId)).toList()) {
            BigDecimal h = credited.getOrDefault(r.candidateId(), BigDecimal.ZERO);
            BigDecimal required = minimum.apply(r.countyCode());
            total = total.add(h);
            if (h.compareTo(required) >= 0) {
                meeting++;
            } else {
                below.add(new ReserveHours(r.candidateId(), r.villageCode(), h.setScale(2, RoundingMode.HALF_UP),
                        required.setScale(2, RoundingMode.HALF_UP)));
            }
        }
        BigDecimal average = bench.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : total.divide(BigDecimal.valueOf(bench.size()), 2, RoundingMode.HALF_UP);
        return new Hours(year, bench.size(), meeting, below.size(), total.setScale(2, RoundingMode.HALF_UP), average, below);
    }

    static Practice practice(Collection<Post> posts) {
        Map<String, Long> byKind = new TreeMap<>();
        posts.forEach(p -> byKind.merge(p.postKind(), 1L, Long::sum));
        long active = posts.stream().filter(p -> "ACTIVE".equals(p.status())).count();
        return new Practice(active, posts.size() - active, posts.stream().filter(Post::crossVillage).count(), byKind);
    }
}
