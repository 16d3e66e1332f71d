package org.reservoir.assessment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Operator;

import java.util.Set;
import java.util.UUID;

/**
 * Who acts in assessment: a caller of the API (its token's subject names a rater on a panel; a reserve's, its candidate
 * id), or another context through its events ({@code viaEvents}: no If-Match).
 */
public record Actor(String id, Set<String> roles, DivisionCode region, boolean viaEvents) implements Operator {

    private static final DivisionCode EVERYWHERE = new DivisionCode("000000000000");
    /** Roles that read the appraisals of their region; a reserve reads only its own, mentors and reviewers none. */
    private static final Set<String> OFFICERS = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.VIEWER, Roles.SERVICE);

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

    /** Whether the actor reads every record of their region. */
    public boolean officer() {
        return roles.stream().anyMatch(OFFICERS::contains);
    }

    /** The candidate whose own records a reserve reads; the nil UUID (nobody's) for any other caller. */
    public UUID ownCandidate() {
        if (has(Roles.RESERVE)) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                // a subject that is no candidate id names nobody
            }
        }
        return new UUID(0, 0);
    }

    /** Whether the actor may read a record about {@code candidateId} in {@code villageCode}. */
    public boolean reads(String villageCode, UUID candidateId) {
        return covers(villageCode) && (officer() || ownCandidate().equals(candidateId));
    }
}
