package org.reservoir.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Which villages a report's per-village list holds: page {@code page} of {@code size} (0-based, in village code order) out
 * of {@code total} villages; a county's list is paged, its totals and township roll-ups always cover every village.
 */
@Schema(name = "VillagePage", description = "The page of the per-village list: page (0-based), size and total villages selected, in code order")
public record VillagePage(int page, int size, long total) {

    /** Page {@code page} of {@code size} of the list, empty past its end. */
    public static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) page * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }
}
