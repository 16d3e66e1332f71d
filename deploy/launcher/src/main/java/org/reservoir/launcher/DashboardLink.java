package org.reservoir.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code ./reservoir dashboard [COUNTY]}: the dev login of the local stack. Prints a link to reporting's dashboard
 * that carries a fresh county-admin token in its fragment ({@code #token=…}): browsers never send a fragment to a
 * server, and the page moves it into the tab's sessionStorage and out of the address bar.
 */
final class DashboardLink {

    /** Long enough for a working session, short for a link that may end up in a shell history. */
    static final Duration VALIDITY = Duration.ofHours(8);
    private static final Pattern COMPACT_JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{12}");

    private DashboardLink() {
    }

    static String url(String reportingBaseUrl, String token) {
        if (!COMPACT_JWT.matcher(token).matches()) {
            throw new IllegalArgumentException("not a compact JWT");
        }
        return reportingBaseUrl + "/dashboard/#token=" + token;
    }

    /** A county admin's link for {@code county} (12 digits). */
    static String forCounty(DevTokens tokens, String reportingBaseUrl, String county) {
        if (!DIVISION_CODE.matcher(county).matches()) {
            throw new IllegalArgumentException("COUNTY must be a 12-digit division code, was '" + county + "'");
        }
        return url(reportingBaseUrl, tokens.issue("county-admin", county, null, VALIDITY));
    }

    static boolean answering(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
