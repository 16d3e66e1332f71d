package org.reservoir.infrastructure.testing;

import org.reservoir.launcher.DevTokens;

import java.time.Duration;

/** Bearer tokens signed with the test key pair that {@link ReservoirTestResource} hands to the service. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String role, String region) {
        return token(role, region, null);
    }

    public static String token(String role, String region, String department) {
        return DevTokens.in(ReservoirTestResource.baseDir().resolve("keys")).issue(role, region, department, Duration.ofMinutes(30));
    }

    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }
}
