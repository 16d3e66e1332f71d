package org.reservoir.recruitment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A campaign's places per track (专职/兼职). One policy for every step: whichever way a candidate comes to
 * hold a place on a track (admission, a part-time reserve called to a vacancy, a return to the pool), the
 * track never holds more people than its quota.
 */
public final class Quota {

    /** Statuses that hold a place on the candidate's track (admitted onwards, not exited). */
    public static final Set<CandidateStatus> PLACE_HOLDING = EnumSet.of(CandidateStatus.ADMITTED, CandidateStatus.ON_PROBATION,
            CandidateStatus.PROBATION_PASSED, CandidateStatus.PROBATION_FAILED, CandidateStatus.ELECTED, CandidateStatus.NOT_ELECTED,
            CandidateStatus.APPOINTED, CandidateStatus.IN_POOL);

    private Quota() {
    }

    /** Whether moving from {@code from} on {@code fromTrack} to {@code to} on {@code toTrack} takes a place {@code toTrack} did not count yet. */
    public static boolean takesNewPlace(CandidateStatus from, Track fromTrack, CandidateStatus to, Track toTrack) {
        return PLACE_HOLDING.contains(to) && !(PLACE_HOLDING.contains(from) && fromTrack == toTrack);
    }

    /** Whether a track with {@code quota} places, {@code taken} of them by others, has room for one more. */
    public static boolean hasRoom(int quota, long taken) {
        return taken < quota;
    }
}
