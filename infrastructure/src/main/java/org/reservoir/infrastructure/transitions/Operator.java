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

    default boolean has(String role) {
        return roles().contains(role);
    }

    /** The role an audit line records: the first (by name) of the operator's roles that {@code allowed} lists. */
    default String roleFor(Set<String> allowed) {
        return roleAmong(roles(), allowed);
    }

    /** The first (by name) of {@code roles} that {@code allowed} lists; else the first of {@code roles}; else "?". */
    static String roleAmong(Set<String> roles, Set<String> allowed) {
        return roles.stream().filter(allowed::contains).sorted().findFirst().orElse(roles.stream().sorted().findFirst().orElse("?"));
    }
}
