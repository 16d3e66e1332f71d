package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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

    @Schema(name = "ReadinessFigures", description = "Per village and the roll-up")
    public record Figures(long villages, long villagesReady, long seats, long reservesReady, long oneShoulderCandidates,
                          long proposedMembers, long onPost, BigDecimal onPostShare, List<VillageReadiness> villagesList,
                          List<String> villagesNotReady) {
    }

    public static VillageReadiness village(Village v, Collection<Reserve> reserves) {
        long ready = 0;
        long elected = 0;
        long oneShoulder = 0;
        boolean local = false;
        long proposed = 0;
        long onPost = 0;
        for (Reserve r : reserves) {
            ready += r.status().ready() ? 1 : 0;
            elected += r.status() == ReserveStatus.ELECTED || r.status() == ReserveStatus.APPOINTED ? 1 : 0;
            if (r.oneShoulderCandidate()) {
                oneShoulder++;
                local |= r.local();
            }
            if (r.fullTime() && r.status().proposedMember()) {
                proposed++;
                onPost += r.status().onPost() ? 1 : 0;
            }
        }
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
        Map<String, List<Reserve>> byVillage = new HashMap<>();
        reserves.forEach(r -> byVillage.computeIfAbsent(r.villageCode(), k -> new ArrayList<>()).add(r));
        List<VillageReadiness> rows = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        long seats = 0;
        long ready = 0;
        long oneShoulder = 0;
        long proposed = 0;
        long onPost = 0;
        long readyVillages = 0;
        for (Village v : villages) {
            VillageReadiness row = village(v, byVillage.getOrDefault(v.code(), List.of()));
            rows.add(row);
            seats += row.seats();
            ready += row.reservesReady();
            oneShoulder += row.oneShoulderCandidates();
            proposed += row.proposedMembers();
            onPost += row.onPost();
            if (row.ready()) {
                readyVillages++;
            } else {
                notReady.add(v.code());
            }
        }
        return new Figures(villages.size(), readyVillages, seats, ready, oneShoulder, proposed, onPost,
                proposed == 0 ? null : Structure.ratio(onPost, proposed, 3), rows, notReady);
    }
}
