package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETag / If-Match for optimistic concurrency: the ETag is the entity's {@code @Version}; an update
 * must name the one version it read (428 without If-Match, with {@code *} or with a list of tags; 412 when someone
 * else changed it meanwhile). {@code *} and lists are refused because they do not name the version read: two writers
 * sending {@code *} would both win, and a list of every version from 0 up passes whatever the record holds.
 * A weak tag ({@code W/"3"}) never matches: If-Match compares strongly.
 */
public final class Versions {

    /** How much of a refused tag a 412 repeats. */
    private static final int ECHOED = 24;

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.contains(",")) {
            throw new ProblemException(428, "precondition-required");
        }
        String tag = ifMatch.trim();
        if (tag.replace("\"", "").equals("*")) {
            throw new ProblemException(428, "precondition-required");
        }
        // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
        String current = Long.toString(currentVersion);
        if (tag.equals("\"" + current + "\"") || tag.equals(current)) {
            return;
        }
        throw new ProblemException(412, "precondition-failed", ProblemMappers.excerpt(tag, ECHOED), "\"" + current + "\"");
    }
}
