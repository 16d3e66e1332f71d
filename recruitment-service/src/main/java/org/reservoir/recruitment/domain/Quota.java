package org.reservoir.recruitment.domain;

/**
 * A campaign's places per track (专职/兼职). One policy for every step: whichever way a candidate comes to
 * hold a place on a track (admission, a part-time reserve called to a vacancy, a return to the pool), the
 * track never holds more people than its quota.
 */
public final class Quota {

    private Quota() {
    }

    /** Whether moving from {@code from} on {@code fromTrack} to {@code to} on {@code toTrack} takes a place {@code toTrack} did not count yet. */
    public static boolean takesNewPlace(CandidateStatus from, Track fromTrack, CandidateStatus to, Track toTrack) {
        return to.holdsPlace() && !(from.holdsPlace() && fromTrack == toTrack);
    }

    /** Whether a track with {@code quota} places, {@code taken} of them by others, has room for one more. */
    public static boolean hasRoom(int quota, long taken) {
        return taken < quota;
    }
}
