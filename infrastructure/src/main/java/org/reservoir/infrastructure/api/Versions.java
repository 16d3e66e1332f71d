package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.EntityTag;

import java.util.Arrays;
import java.util.List;

/**
 * ETag / If-Match for optimistic concurrency: the ETag is the entity's {@code @Version}; an update
 * must name the version it read (428 without If-Match or with {@code *}, 412 when someone else changed it meanwhile).
 * {@code *} is refused because it names no version: two writers sending it would both win.
 * A weak tag ({@code W/"3"}) never matches: If-Match compares strongly.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required");
        }
        String current = Long.toString(currentVersion);
        // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::trim)
                .filter(t -> !t.startsWith("W/"))
                .map(t -> t.replace("\"", "")).toList();
        if (tags.contains("*")) {
            throw new ProblemException(428, "precondition-required");
        }
        if (tags.contains(current)) {
            return;
        }
        throw new ProblemException(412, "precondition-failed", ifMatch, "\"" + current + "\"");
    }
}
