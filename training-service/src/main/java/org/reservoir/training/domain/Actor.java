package org.reservoir.training.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Operator;

import java.util.Set;

/**
 * Who acts in training: an API caller, or another context through its events ({@code viaEvents}: a consumer, which
 * read nothing over HTTP and sends no If-Match). A mentor is their token's subject (the mentor's person id), a reserve
 * theirs (the candidate id).
 */
public record Actor(String id, Set<String> roles, DivisionCode region, boolean viaEvents) implements Operator {

    private static final DivisionCode EVERYWHERE = new DivisionCode("000000000000");
    /** Roles that see the records of their region, as opposed to mentors and reserves, who see only their own. */
    private static final Set<String> OFFICERS = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VIEWER, Roles.SERVICE);

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles(), caller.region(), false);
    }

    /** Another context acting through events (recruitment's candidate events, the scheduled jobs). */
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

    /** A reserve's candidate id, their token's subject; the nil UUID (nobody's) when the subject is not a UUID. */
    public java.util.UUID reserveId() {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return new java.util.UUID(0, 0);
        }
    }

    /** Whether the actor reads the records of their whole region (officers, viewers, machine clients). */
    public boolean officer() {
        return roles.stream().anyMatch(OFFICERS::contains);
    }

    /** Whether the actor may see a record about {@code villageCode} kept for {@code mentorPersonId} and {@code candidateId}. */
    public boolean sees(String villageCode, String mentorPersonId, String candidateId) {
        return (officer() && covers(villageCode)) || (has(Roles.MENTOR) && id.equals(mentorPersonId))
                || (has(Roles.RESERVE) && id.equals(candidateId));
    }
}
