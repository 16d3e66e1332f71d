package org.reservoir.infrastructure.testing;

import org.reservoir.launcher.DevTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Bearer tokens signed with the test key pair that {@link ReservoirTestResource} hands to the service. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String role, String region) {
        return token(role, region, null);
    }

    public static String token(String role, String region, String department) {
        return tokens().issue(role, region, department, Duration.ofMinutes(30));
    }

    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }

    /** A token with a chosen subject: a mentor's person id, or a reserve's candidate id (role {@code reserve}). */
    public static String bearerAs(String subject, String role, String region) {
        return "Bearer " + tokens().issueAs(subject, role, region, null, Duration.ofMinutes(30));
    }

    /**
     * A correctly signed token with chosen claims, for the tokens a service must refuse.
     *
     * @param groups   the {@code groups} claim as JSON (e.g. {@code []}, {@code ["hacker"]}), or null to leave it out
     * @param audience the {@code aud} claim, or null to leave it out
     * @param issuedAt the {@code iat} claim
     * @param lifetime {@code exp} minus {@code iat}
     */
    public static String bearer(String groups, String region, String audience, Instant issuedAt, Duration lifetime) {
        StringBuilder claims = new StringBuilder("{\"iss\":\"").append(DevTokens.ISSUER).append('"')
                .append(",\"sub\":\"test@").append(region).append('"')
                .append(",\"upn\":\"test@").append(region).append('"')
                .append(",\"region\":\"").append(region).append('"');
        if (groups != null) {
            claims.append(",\"groups\":").append(groups);
        }
        if (audience != null) {
            claims.append(",\"aud\":\"").append(audience).append('"');
        }
        claims.append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(issuedAt.plus(lifetime).getEpochSecond())
                .append(",\"jti\":\"").append(UUID.randomUUID()).append("\"}");
        return "Bearer " + tokens().sign(claims.toString());
    }

    private static DevTokens tokens() {
        return DevTokens.in(ReservoirTestResource.baseDir().resolve("keys"));
    }
}
