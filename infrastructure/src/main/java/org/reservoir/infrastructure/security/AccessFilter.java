package org.reservoir.infrastructure.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.time.Instant;
import java.util.Collections;

/**
 * Deny by default, for every REST operation of every service (management endpoints under {@code /q} are
 * not REST resources and stay open): no token is 401, a token carrying no Reservoir role is 403 whatever
 * the operation's own annotations say, and a token issued in the future (beyond the clock skew) is 401.
 * Signature, issuer, audience ({@code mp.jwt.verify.audiences}) and maximum lifetime
 * ({@code smallrye.jwt.time-to-live}) are checked by smallrye-jwt before this filter runs.
 */
public class AccessFilter {

    /** Every REST operation lives below it; static files (reporting's dashboard) do not. */
    private static final String API = "/api/";

    private final CurrentIdentityAssociation identities;
    private final int clockSkewSeconds;

    public AccessFilter(CurrentIdentityAssociation identities,
                        @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") int clockSkewSeconds) {
        this.identities = identities;
        this.clockSkewSeconds = clockSkewSeconds;
    }

    /**
     * Before matching, so a caller without a known role learns nothing of the API's shape: not which paths exist (404),
     * which methods (405), nor which media types an operation takes (415) or gives (406).
     */
    @ServerRequestFilter(preMatching = true)
    public Uni<Void> requireKnownRole(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(API)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(this::check).replaceWithVoid();
    }

    void check(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt
                && Instant.ofEpochSecond(jwt.getIssuedAtTime()).isAfter(Instant.now().plusSeconds(clockSkewSeconds))) {
            throw new UnauthorizedException();
        }
        if (Collections.disjoint(identity.getRoles(), Roles.ALL)) {
            throw new ForbiddenException();
        }
    }
}
