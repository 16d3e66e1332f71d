package org.reservoir.reporting.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The order of a growth archive: by time; lines of one instant by their source's sequence (a candidate's version), then by
 * key, so the same lines always come in the same order, whatever order their events arrived in.
 */
public final class Timeline {

    public static final Comparator<ArchiveLine> ORDER = Comparator.comparing(ArchiveLine::occurredAt, (a, b) -> a.toInstant().compareTo(b.toInstant()))
            .thenComparingLong(ArchiveLine::seq).thenComparing(ArchiveLine::key);

    private Timeline() {
    }

    public static List<ArchiveLine> order(List<ArchiveLine> lines) {
        return lines.stream().sorted(ORDER).toList();
    }
}
