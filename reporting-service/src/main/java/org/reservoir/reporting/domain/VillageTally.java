package org.reservoir.reporting.domain;

import java.util.Collection;

/**
 * What a village's reserves add up to for coverage and readiness: {@code village_tally} keeps one per village, moved
 * by each candidate event's difference ({@link #of(Reserve)} of the new snapshot minus that of the old), so a county's
 * reports read one row per village instead of every candidate.
 *
 * @param oneShoulderLocal 一肩挑 candidates who are local (本土)
 * @param proposed         full-time reserves proposed for the committee
 * @param onPost           of those, already on post (提前到岗)
 */
public record VillageTally(long benchFullTime, long benchPartTime, long ready, long elected, long oneShoulder, long oneShoulderLocal,
                           long proposed, long onPost) {

    public static final VillageTally NONE = new VillageTally(0, 0, 0, 0, 0, 0, 0, 0);

    /** One candidate's share; NONE for no candidate. */
    public static VillageTally of(Reserve r) {
        if (r == null) {
            return NONE;
        }
        ReserveStatus s = r.status();
        boolean bench = s.onBench();
        boolean oneShoulder = r.oneShoulderCandidate();
        boolean proposed = r.fullTime() && s.proposedMember();
        return new VillageTally(bench && r.fullTime() ? 1 : 0, bench && !r.fullTime() ? 1 : 0, s.ready() ? 1 : 0,
                s == ReserveStatus.ELECTED || s == ReserveStatus.APPOINTED ? 1 : 0, oneShoulder ? 1 : 0, oneShoulder && r.local() ? 1 : 0,
                proposed ? 1 : 0, proposed && s.onPost() ? 1 : 0);
    }

    public static VillageTally of(Collection<Reserve> reserves) {
        VillageTally sum = NONE;
        for (Reserve r : reserves) {
            sum = sum.plus(of(r));
        }
        return sum;
    }

    public long benchReserves() {
        return benchFullTime + benchPartTime;
    }

    public VillageTally plus(VillageTally o) {
        return new VillageTally(benchFullTime + o.benchFullTime, benchPartTime + o.benchPartTime, ready + o.ready, elected + o.elected,
                oneShoulder + o.oneShoulder, oneShoulderLocal + o.oneShoulderLocal, proposed + o.proposed, onPost + o.onPost);
    }

    public VillageTally minus(VillageTally o) {
        return new VillageTally(benchFullTime - o.benchFullTime, benchPartTime - o.benchPartTime, ready - o.ready, elected - o.elected,
                oneShoulder - o.oneShoulder, oneShoulderLocal - o.oneShoulderLocal, proposed - o.proposed, onPost - o.onPost);
    }

    public boolean zero() {
        return equals(NONE);
    }
}
