package org.reservoir.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.DivisionCode;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the token's subject, roles, region ({@code region} claim, a division code) and,
 * for reviewers, department ({@code department} claim). Jurisdiction checks live here so every
 * service refuses data outside the caller's region the same way.
 */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    @Inject
    VerifiedTokens tokens;

    private VerifiedTokens.CustomClaims claims;

    public String id() {
        return jwt.getName();
    }

    public Set<String> roles() {
        return jwt.getGroups();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups().contains(role);
    }

    /** The caller's region; a token without a valid one is refused (403). */
    public DivisionCode region() {
        return DivisionCode.parse(claims().region())
                .orElseThrow(() -> new ProblemException(403, "no-region"));
    }

    public Optional<String> department() {
        return Optional.ofNullable(claims().department());
    }

    private VerifiedTokens.CustomClaims claims() {
        if (claims == null) {
            claims = tokens.claimsOf(jwt);
        }
        return claims;
    }

    public boolean covers(DivisionCode code) {
        return region().covers(code);
    }

    /** 403 unless {@code code} lies inside the caller's region. */
    public void requireJurisdiction(DivisionCode code) {
        if (!covers(code)) {
            throw new ProblemException(403, "out-of-jurisdiction", code.value(), region().value());
        }
    }
}
