package org.reservoir.infrastructure.transitions;

import java.util.Set;

/**
 * Who asks for a transition: an HTTP caller (must name the version it read) or a consumer of another context's events
 * ({@code viaEvents}: it read nothing over HTTP, so it names no version).
 */
public interface Operator {

    String id();

    Set<String> roles();

    /** The operator's own region, named when it acts outside it. */
    String regionCode();

    /** Whether the division {@code code} lies inside the operator's region. */
    boolean covers(String code);

    boolean viaEvents();
}
