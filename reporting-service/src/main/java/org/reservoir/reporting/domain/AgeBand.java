package org.reservoir.reporting.domain;

/** Age bands of the structure report (ages as reached in the report's year). */
public enum AgeBand {
    UNDER_30(0, 29), FROM_30_TO_34(30, 34), FROM_35_TO_39(35, 39), FROM_40_TO_44(40, 44), FROM_45_TO_49(45, 49), FROM_50(50, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UNDER_30;
    }
}
