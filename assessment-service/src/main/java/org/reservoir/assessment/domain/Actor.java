package org.reservoir.assessment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Operator;

import java.util.Set;

/**
 * Who acts: a caller of the API, or this service itself ({@code viaEvents}: a consumer or a scheduled job, which read
 * nothing over HTTP and so sends no If-Match).
 */
public record Actor(String id, Set<String> roles, DivisionCode region, boolean viaEvents) implements Operator {

    private static final DivisionCode EVERYWHERE = new DivisionCode("000000000000");

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles(), caller.region(), false);
    }

    /** This service acting on its own (scheduled jobs) or for another context's events. */
    public static Actor service(String name) {
        return new Actor(name, Set.of(Roles.SERVICE), EVERYWHERE, true);
    }

    @Override
    public String regionCode() {
        return region.value();
    }

    @Override
    public boolean covers(String code) {
        return region.covers(new DivisionCode(code));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
