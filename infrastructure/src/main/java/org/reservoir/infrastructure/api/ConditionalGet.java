package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;

/**
 * The answer to a GET of one versioned resource: 200 with the ETag (the {@code @Version}), or 304 without a body when
 * {@code If-None-Match} names that version, so a phone revalidates its cached copy for a few bytes. If-None-Match
 * compares weakly (RFC 9110 §13.1.2): {@code W/"3"} matches version 3, and {@code *} matches any.
 */
public final class ConditionalGet {

    public static final String IF_NONE_MATCH = "If-None-Match";

    private ConditionalGet() {
    }

    public static Response ok(Object body, long version, String ifNoneMatch) {
        EntityTag tag = Versions.etag(version);
        if (matches(ifNoneMatch, version)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    /** The same for a derived resource whose tag is not a single version (e.g. a report: the data's watermark and its scope). */
    public static Response ok(Object body, String tag, String ifNoneMatch) {
        EntityTag etag = new EntityTag(tag);
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified(etag).build();
        }
        return Response.ok(body).tag(etag).build();
    }

    static boolean matches(String ifNoneMatch, long version) {
        return matches(ifNoneMatch, Long.toString(version));
    }

    private static boolean matches(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.replace("\"", ""))
                .anyMatch(t -> t.equals("*") || t.equals(current));
    }
}
