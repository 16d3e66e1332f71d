package org.reservoir.infrastructure.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body (bytes) a resource method takes, where it needs more than
 * {@code reservoir.http.max-body-size} (1 MiB by default, plenty for JSON) or less. The server-wide
 * {@code quarkus.http.limits.max-body-size} must be at least the largest of these.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBodySize {
    long value();
}
