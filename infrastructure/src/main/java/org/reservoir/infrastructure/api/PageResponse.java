package org.reservoir.infrastructure.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list in a stable order, with the total across all pages. */
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page index", example = "0") int page,
        @Schema(description = "Page size asked for", example = "50") int size,
        @Schema(description = "Number of items on all pages", example = "57") long total) {

    /** The deepest page a list serves: page × size stays far inside an int offset for any page size up to 10,000. */
    public static final int MAX_PAGE = 100_000;
}
