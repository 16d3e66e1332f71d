package org.reservoir.reporting.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a reserve's growth archive. {@code key} names the line's source (one line per source, however often its event
 * arrives); {@code version} is the source's version (a newer one replaces the line); {@code seq} orders lines of one instant
 * (a candidate's version); {@code facts} are what the event carried, never an ID number.
 */
public record ArchiveLine(String key, UUID candidateId, ArchiveLineKind kind, OffsetDateTime occurredAt, long seq,
                          Map<String, Object> facts, long version) {

    /** Dates and instants are told in China's time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The instant a dated line stands for: the start of its day in China. */
    public static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CHINA).toOffsetDateTime();
    }

    /** The day in China the line happened on. */
    public LocalDate on() {
        return occurredAt.atZoneSameInstant(CHINA).toLocalDate();
    }
}
