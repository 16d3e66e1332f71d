package org.reservoir.training.domain;

/** "1+3+N": a mentor takes reserves up to their capacity at once; ended pairs free their place. */
public final class Capacity {

    private Capacity() {
    }

    public static boolean hasRoom(int capacity, long activePairs) {
        return activePairs < capacity;
    }

    public static long free(int capacity, long activePairs) {
        return Math.max(0, capacity - activePairs);
    }
}
