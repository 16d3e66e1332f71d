package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Readiness for the 2026 re-election (换届) per village, as far as recruitment's data tells: seats, reserves ready
 * (probation passed or in the pool), candidates for 一肩挑, whether such a candidate is local (本土任职), and the share of
 * proposed full-time members already on post (提前到岗, target ≥ 70%). A village is ready when it has a local 一肩挑
 * candidate, at least one reserve ready or elected, and meets the on-post share (a village with no proposed member has
 * nothing to be early for).
 */
public final class Readiness {

    public static final BigDecimal ON_POST_TARGET = new BigDecimal("0.70");

    private Readiness() {
    }

    public enum Gap {
        NO_RESERVE_READY, NO_ONE_SHOULDER_CANDIDATE, SECRETARY_NOT_LOCAL, ON_POST_SHARE_BELOW_TARGET
    }

    /** @param onPostShare share of proposed members on post, three decimals; null when none is proposed */
    @Schema(name = "VillageReadiness")
    public record VillageReadiness(String code, String name, String townshipCode, int seats, long reservesReady, long elected,
                                   long oneShoulderCandidates, boolean localSecretaryCandidate, long proposedMembers, long onPost,
                                   BigDecimal onPostShare, boolean ready, Set<Gap> gaps) {
    }

    @Schema(name = "TownshipReadiness", description = "A township's roll-up")
    public record TownshipReadiness(String code, String name, long villages, long villagesReady, long seats, long reservesReady,
                                    long oneShoulderCandidates, long proposedMembers, long onPost, BigDecimal onPostShare) {
    }

    @Schema(name = "ReadinessFigures", description = "The roll-up for the region and per township, the codes of the villages not ready, "
            + "and one page of the villages (villagesPage says which)")
    public record Figures(long villages, long villagesReady, long seats, long reservesReady, long oneShoulderCandidates,
                          long proposedMembers, long onPost, BigDecimal onPostShare, List<VillageReadiness> villagesList,
                          List<String> villagesNotReady, List<TownshipReadiness> townships, VillagePage villagesPage) {

        /** The same figures with one page of the villages (ready ones, not ready ones, or all), in code order. */
        public Figures page(int page, int size, Boolean ready) {
            List<VillageReadiness> selected = ready == null ? villagesList : villagesList.stream().filter(v -> v.ready() == ready).toList();
            return new Figures(villages, villagesReady, seats, reservesReady, oneShoulderCandidates, proposedMembers, onPost, onPostShare,
                    VillagePage.slice(selected, page, size), villagesNotReady, townships, new VillagePage(page, size, selected.size()));
        }
    }

    public static VillageReadiness village(Village v, Collection<Reserve> reserves) {
        return village(v, VillageTally.of(reserves));
    }

    public static VillageReadiness village(Village v, VillageTally t) {
        long ready = t.ready();
        long elected = t.elected();
        long oneShoulder = t.oneShoulder();
        boolean local = t.oneShoulderLocal() > 0;
        long proposed = t.proposed();
        long onPost = t.onPost();
        BigDecimal share = proposed == 0 ? null : Structure.ratio(onPost, proposed, 3);
        Set<Gap> gaps = EnumSet.noneOf(Gap.class);
        if (ready + elected == 0) {
            gaps.add(Gap.NO_RESERVE_READY);
        }
        if (oneShoulder == 0) {
            gaps.add(Gap.NO_ONE_SHOULDER_CANDIDATE);
        } else if (!local) {
            gaps.add(Gap.SECRETARY_NOT_LOCAL);
        }
        if (share != null && share.compareTo(ON_POST_TARGET) < 0) {
            gaps.add(Gap.ON_POST_SHARE_BELOW_TARGET);
        }
        return new VillageReadiness(v.code(), v.name(), v.townshipCode(), v.committeeSeats(), ready, elected, oneShoulder, local,
                proposed, onPost, share, gaps.isEmpty(), gaps);
    }

    public static Figures of(List<Village> villages, Collection<Reserve> reserves) {
        Map<String, VillageTally> byVillage = new HashMap<>();
        reserves.forEach(r -> byVillage.merge(r.villageCode(), VillageTally.of(r), VillageTally::plus));
        return of(villages, byVillage);
    }

    /** @param tallies each village's tally (a village without one has no reserves) */
    public static Figures of(List<Village> villages, Map<String, VillageTally> tallies) {
        List<VillageReadiness> rows = new ArrayList<>(villages.size());
        List<String> notReady = new ArrayList<>();
        Map<String, RollUp> townships = new HashMap<>();
        RollUp total = new RollUp(null, null);
        for (Village v : villages) {
            VillageReadiness row = village(v, tallies.getOrDefault(v.code(), VillageTally.NONE));
            rows.add(row);
            total.add(row);
            townships.computeIfAbsent(v.townshipCode(), code -> new RollUp(code, v.townshipName())).add(row);
            if (!row.ready()) {
                notReady.add(v.code());
            }
        }
        return new Figures(villages.size(), total.ready, total.seats, total.reservesReady, total.oneShoulder, total.proposed, total.onPost,
                share(total.onPost, total.proposed), rows, notReady, townships.values().stream().map(RollUp::build).sorted(Comparator.comparing(TownshipReadiness::code)).toList(),
                new VillagePage(0, rows.size(), rows.size()));
    }

    private static BigDecimal share(long onPost, long proposed) {
        return proposed == 0 ? null : Structure.ratio(onPost, proposed, 3);
    }

    private static final class RollUp {
        private final String code;
        private final String name;
        private long villages;
        private long ready;
        private long seats;
        private long reservesReady;
        private long oneShoulder;
        private long proposed;
        private long onPost;

        RollUp(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(VillageReadiness row) {
            villages++;
            ready += row.ready() ? 1 : 0;
            seats += row.seats();
            reservesReady += row.reservesReady();
            oneShoulder += row.oneShoulderCandidates();
            proposed += row.proposedMembers();
            onPost += row.onPost();
        }

        TownshipReadiness build() {
            return new TownshipReadiness(code, name, villages, ready, seats, reservesReady, oneShoulder, proposed, onPost, share(onPost, proposed));
        }
    }
}
