package org.reservoir.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./reservoir dashboard}: the token travels in the fragment only, and it is a fresh county admin's. */
class DashboardLinkTest {

    @Test
    void theLinkCarriesAFreshCountyAdminTokenInItsFragmentOnly(@TempDir Path keys) {
        URI link = URI.create(DashboardLink.forCounty(DevTokens.in(keys), "http://127.0.0.1:8384", "652327000000"));
        assertEquals("/dashboard/", link.getPath());
        assertEquals(8384, link.getPort());
        assertNull(link.getRawQuery(), "nothing of the token in what the browser sends");
        assertTrue(link.getRawFragment().startsWith("token="), link.toString());
        String token = link.getRawFragment().substring("token=".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"groups\":[\"county-admin\"]"), claims);
        assertTrue(claims.contains("652327000000"), claims);
        long issued = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long expires = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertTrue(Math.abs(issued - Instant.now().getEpochSecond()) < 60, claims);
        assertEquals(DashboardLink.VALIDITY.toSeconds(), expires - issued);
    }

    @Test
    void onlyACountyCodeAndACompactTokenMakeALink(@TempDir Path keys) {
        assertThrows(IllegalArgumentException.class, () -> DashboardLink.forCounty(DevTokens.in(keys), "http://127.0.0.1:8084", "6523"));
        assertThrows(IllegalArgumentException.class, () -> DashboardLink.url("http://127.0.0.1:8084", "a.b.c#x"));
        assertThrows(IllegalArgumentException.class, () -> DashboardLink.url("http://127.0.0.1:8084", "not a token"));
    }
}
