package org.reservoir.reporting.domain;

/** An active village from the region projection: what coverage and readiness need. */
public record Village(String code, String name, String townshipCode, String townshipName, int committeeSeats) {

    public String countyCode() {
        return code.substring(0, 6) + "000000";
    }
}
