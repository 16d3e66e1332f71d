package org.reservoir.recruitment.domain;

import java.time.LocalDate;

/** Probation (试岗) dates and who may end it early. */
public final class Probation {

    private Probation() {
    }

    public static LocalDate plannedEnd(LocalDate start, int months) {
        return start.plusMonths(months);
    }

    /**
     * Whether a pass may be recorded on {@code today}: from the planned end on by anyone the pipeline allows;
     * before it only by a county admin with a written reason (a probation is not passed on its first day).
     */
    public static boolean mayPass(LocalDate plannedEnd, LocalDate today, boolean countyAdmin, String reason) {
        boolean over = plannedEnd == null || !today.isBefore(plannedEnd);
        return over || (countyAdmin && reason != null && !reason.isBlank());
    }
}
