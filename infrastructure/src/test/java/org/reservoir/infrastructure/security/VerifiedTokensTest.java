package org.reservoir.infrastructure.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reservoir.launcher.DevTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The verified-token cache against smallrye-jwt's own verifier, with real RS256 tokens: it never accepts more than the verifier. */
class VerifiedTokensTest {

    @TempDir
    Path keys;

    /** The verifier as the services configure it, but with no clock skew: a token past its exp fails at once. */
    private CountingVerifier verifier() throws Exception {
        DevTokens tokens = DevTokens.in(keys);
        String pem = Files.readString(tokens.publicKeyLocation()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        JWTAuthContextInfo context = new JWTAuthContextInfo(key, DevTokens.ISSUER);
        context.setExpectedAudience(Set.of(DevTokens.AUDIENCE));
        context.setClockSkew(0);
        return new CountingVerifier(context);
    }

    private String token(Instant issuedAt, long lifetimeSeconds) {
        return DevTokens.in(keys).sign(claims(issuedAt, lifetimeSeconds));
    }

    private static String claims(Instant issuedAt, long lifetimeSeconds) {
        return "{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"t@652327000000\",\"upn\":\"t@652327000000\","
                + "\"aud\":\"" + DevTokens.AUDIENCE + "\",\"groups\":[\"county-admin\"],\"region\":\"652327000000\","
                + "\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":" + (issuedAt.getEpochSecond() + lifetimeSeconds) + "}";
    }

    private static String signature(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }

    @Test
    void aVerifiedTokenIsServedAgainWithoutVerifyingIt() throws Exception {
        CountingVerifier verifier = verifier();
        VerifiedTokens cache = new VerifiedTokens(verifier, System::currentTimeMillis);
        String token = token(Instant.now(), 600);
        JsonWebToken first = cache.parse(token);
        assertSame(first, cache.parse(token));
        assertEquals(1, verifier.calls.get());
        assertEquals(Set.of("county-admin"), first.getGroups());
    }

    @Test
    void theCustomClaimsAreReadOnceAndEqualTheTokens() throws Exception {
        CountingVerifier verifier = verifier();
        VerifiedTokens cache = new VerifiedTokens(verifier, System::currentTimeMillis);
        JsonWebToken jwt = cache.parse(token(Instant.now(), 600));
        VerifiedTokens.CustomClaims kept = cache.claimsOf(jwt);
        assertEquals(new VerifiedTokens.CustomClaims("652327000000", null), kept);
        assertSame(kept, cache.claimsOf(jwt), "served from the entry, not read again");
        // A token this cache never verified (another parser's) is read from the token itself.
        JsonWebToken other = verifier().parse(token(Instant.now(), 601));
        assertEquals(new VerifiedTokens.CustomClaims("652327000000", null), cache.claimsOf(other));
    }

    @Test
    void anotherSignatureIsNeverServedFromTheCache() throws Exception {
        CountingVerifier verifier = verifier();
        VerifiedTokens cache = new VerifiedTokens(verifier, System::currentTimeMillis);
        Instant now = Instant.now();
        String token = token(now, 600);
        cache.parse(token);
        String signed = token.substring(0, token.lastIndexOf('.') + 1);
        // The same header and claims with a signature of other claims, and signed by another key.
        String forged = signed + signature(token(now, 601));
        String otherKey = signed + signature(DevTokens.in(keys.resolve("other")).sign(claims(now, 600)));
        assertThrows(ParseException.class, () -> cache.parse(forged));
        assertThrows(ParseException.class, () -> cache.parse(otherKey));
        assertThrows(ParseException.class, () -> cache.parse(forged));
        assertEquals(4, verifier.calls.get(), "every refused token went to the verifier, none was kept");
    }

    @Test
    void anExpiredCachedTokenIsRefused() throws Exception {
        CountingVerifier verifier = verifier();
        VerifiedTokens cache = new VerifiedTokens(verifier, System::currentTimeMillis);
        Instant now = Instant.now();
        String token = token(now.minusSeconds(30), 30 + 2);
        cache.parse(token);
        long exp = now.getEpochSecond() + 2;
        while (System.currentTimeMillis() < exp * 1000 + 50) {
            Thread.sleep(50);
        }
        assertThrows(ParseException.class, () -> cache.parse(token));
        assertEquals(2, verifier.calls.get(), "past exp the token went back to the verifier");
    }

    @Test
    void anEntryLivesAtMostItsMaximumAgeEvenBeforeExp() throws Exception {
        CountingVerifier verifier = verifier();
        AtomicLong clock = new AtomicLong(System.currentTimeMillis());
        VerifiedTokens cache = new VerifiedTokens(verifier, clock::get);
        String token = token(Instant.now(), 3600);
        cache.parse(token);
        clock.addAndGet(VerifiedTokens.MAX_AGE_MILLIS - 1);
        cache.parse(token);
        assertEquals(1, verifier.calls.get());
        clock.addAndGet(1);
        cache.parse(token);
        assertEquals(2, verifier.calls.get());
    }

    @Test
    void theCacheStaysBounded() throws Exception {
        CountingVerifier verifier = verifier();
        VerifiedTokens cache = new VerifiedTokens(verifier, System::currentTimeMillis);
        Instant now = Instant.now();
        String first = token(now, 600);
        cache.parse(first);
        for (int i = 1; i <= VerifiedTokens.MAX_ENTRIES; i++) {
            cache.parse(token(now, 600 + i));
        }
        cache.parse(first);
        assertEquals(VerifiedTokens.MAX_ENTRIES + 2, verifier.calls.get(), "the first token was evicted and verified again");
    }

    private static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger calls = new AtomicInteger();

        CountingVerifier(JWTAuthContextInfo context) {
            super(context);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.incrementAndGet();
            return super.parse(token);
        }
    }
}
