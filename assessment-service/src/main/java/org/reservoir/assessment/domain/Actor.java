package org.reservoir.assessment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Operator;

import java.util.Set;

/**
 * Who acts in assessment: a caller of the API (its token's subject names a rater on a panel), or another context
 * through its events ({@code viaEvents}: no If-Match).
 */
public record Actor(String id, Set<String> roles, DivisionCode region, boolean viaEvents) implements Operator {

    private static final DivisionCode EVERYWHERE = new DivisionCode("000000000000");

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles(), caller.region(), false);
    }

    public static Actor service(String name) {
        return new Actor(name, Set.of(Roles.SERVICE), EVERYWHERE, true);
    }

    @Override
    public String regionCode() {
        return region.value();
    }

    @Override
    public boolean covers(String code) {
        return code != null && region.covers(new DivisionCode(code.trim()));
    }
}
