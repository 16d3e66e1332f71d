package org.reservoir.recruitment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.Operator;
import org.reservoir.infrastructure.transitions.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who acts: a caller of the API, or another service through its events ({@code viaEvents}: a consumer inside
 * this service, which read nothing over HTTP and so sends no If-Match).
 */
public record Actor(String id, Set<String> roles, DivisionCode region, String department, boolean viaEvents) implements Operator {

    private static final DivisionCode EVERYWHERE = new DivisionCode("000000000000");
    /** Roles that read the candidates of their region; a reserve reads only itself, a mentor none. */
    private static final Set<String> OFFICIALS = Set.of(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.REVIEWER, Roles.ASSESSOR,
            Roles.VIEWER, Roles.SERVICE);

    public static Actor of(Caller caller) {
        return new Actor(caller.id(), caller.roles(), caller.region(), caller.department().orElse(null), false);
    }

    /** Another context acting through events (e.g. assessment-service's evaluation results). */
    public static Actor service(String name) {
        return new Actor(name, Set.of(Roles.SERVICE), EVERYWHERE, null, true);
    }

    @Override
    public String regionCode() {
        return region.value();
    }

    @Override
    public boolean covers(String code) {
        return region.covers(new DivisionCode(code));
    }

    /**
     * Whether the actor may read the candidate {@code candidateId} of {@code villageCode}: inside its region, and a
     * reserve (whose token's subject is its candidate id) only itself.
     */
    public boolean reads(String villageCode, UUID candidateId) {
        return covers(villageCode) && (roles.stream().anyMatch(OFFICIALS::contains) || id.equals(candidateId.toString()));
    }

    /** Whether {@code code} is inside the actor's region or encloses it (a county campaign, for a township officer). */
    public boolean relatedTo(String code) {
        DivisionCode other = new DivisionCode(code);
        return region.covers(other) || other.covers(region);
    }

    /** The divisions enclosing the actor's region, nearest first. */
    public List<String> enclosing() {
        List<String> codes = new ArrayList<>();
        for (var p = region.parent(); p.isPresent(); p = p.get().parent()) {
            codes.add(p.get().value());
        }
        return codes;
    }

    /** The refusal when {@code code} is a division outside the actor's region; a malformed code is left to the rules (422). */
    public Optional<Refusal> refusalOutside(String code) {
        return DivisionCode.parse(code).filter(c -> !region.covers(c))
                .map(c -> Refusal.forbidden("out-of-jurisdiction", c.value(), region.value()));
    }
}
