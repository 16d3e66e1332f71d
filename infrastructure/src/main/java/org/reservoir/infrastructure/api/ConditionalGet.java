package org.reservoir.infrastructure.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A single resource read with its version as the ETag: a client that sends the tag it holds in If-None-Match gets
 * 304 without a body (a phone keeps its cached copy). If-None-Match compares weakly (RFC 9110 §13.1.2), {@code *}
 * matches any existing resource.
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /** 304 when {@code ifNoneMatch} names {@code version}, otherwise 200 with the body {@code view} builds and the ETag. */
    public static Response ok(String ifNoneMatch, long version, Supplier<Object> view) {
        EntityTag tag = Versions.etag(version);
        if (matches(ifNoneMatch, version)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(view.get()).tag(tag).build();
    }

    static boolean matches(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || ifNoneMatch.length() > 1000) {
            return false;
        }
        String current = Long.toString(version);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.replace("\"", ""))
                .anyMatch(t -> t.equals("*") || t.equals(current));
    }
}
