package org.reservoir.infrastructure.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The bearer tokens smallrye-jwt verified, kept by their exact text so a client repeating its token is not parsed and
 * RSA-verified again on every request: in a JFR profile of {@code GET /api/v1/regions/{code}} under load the RS256
 * check (BigInteger arithmetic, C1-compiled) and jose4j's parsing took over half of the service's CPU (README,
 * Benchmarks).
 * <p>
 * Only a token that passed full verification is kept, keyed by its whole text (header, claims and signature): another
 * signature, or any other change, is another key and is verified in full. An entry is served only before the token's
 * {@code exp} (stricter than the verifier, which also grants the clock skew after it) and for at most
 * {@link #MAX_AGE_MILLIS} after verification, so a key rotated out of a JWKS stops accepting its tokens within that
 * time. Checks that depend on the moment of the request rather than on the token ({@code iat} in the future, roles)
 * stay in {@link AccessFilter}, which runs on every request. Failures are never kept.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final long MAX_AGE_MILLIS = 60_000;
    static final int MAX_ENTRIES = 2_000;

    private final JWTParser verifier;
    private final LongSupplier millis;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    private record Entry(JsonWebToken token, CustomClaims claims, long servedUntil) {
    }

    /**
     * The claims beyond the standard ones that {@link Caller} reads on every request, read once per verified token:
     * smallrye-jwt's {@code getClaim} throws and catches an {@code IllegalArgumentException} for every name that is not
     * a standard claim, two stack traces per request (about 6% of a GET's CPU in a perf profile).
     */
    public record CustomClaims(String region, String department) {
        static CustomClaims of(JsonWebToken jwt) {
            return new CustomClaims(text(jwt.getClaim("region")), text(jwt.getClaim("department")));
        }

        private static String text(Object claim) {
            return claim == null ? null : claim.toString();
        }
    }

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, System::currentTimeMillis);
    }

    VerifiedTokens(JWTParser verifier, LongSupplier millis) {
        this.verifier = verifier;
        this.millis = millis;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = millis.getAsLong();
        Entry known = verified.get(token);
        if (known != null) {
            if (now < known.servedUntil()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = verifier.parse(token);
        long until = Math.min(jwt.getExpirationTime() * 1000, now + MAX_AGE_MILLIS);
        if (until > now) {
            if (verified.size() >= MAX_ENTRIES) {
                evict(now);
            }
            verified.put(token, new Entry(jwt, CustomClaims.of(jwt), until));
        }
        return jwt;
    }

    /**
     * The custom claims of {@code jwt}: kept beside the token when this cache verified that exact text (the claims are
     * part of the text, so they are the same whether or not the entry is still served), read from the token otherwise.
     */
    public CustomClaims claimsOf(JsonWebToken jwt) {
        String raw = jwt.getRawToken();
        Entry known = raw == null ? null : verified.get(raw);
        return known != null ? known.claims() : CustomClaims.of(jwt);
    }

    /** Drops what is no longer served; if every entry is still live, drops them all (the cache stays bounded). */
    private void evict(long now) {
        for (Iterator<Entry> i = verified.values().iterator(); i.hasNext(); ) {
            if (now >= i.next().servedUntil()) {
                i.remove();
            }
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
    }

    // Everything else goes to the verifier as it is: only the configured verification of a bearer token is kept.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
