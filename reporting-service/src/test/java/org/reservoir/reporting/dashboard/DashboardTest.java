package org.reservoir.reporting.dashboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.launcher.DevTokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard is a public static page whose every figure still comes through the deny-by-default API. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class DashboardTest {

    private static final String COUNTY = "652327000000";
    private static final URI PAGE = URI.create("http://reporting.test/dashboard/");
    private static final List<String> DATA_CALLS = List.of("/api/v1/reports/coverage", "/api/v1/reports/structure", "/api/v1/reports/funnel",
            "/api/v1/reports/readiness", "/api/v1/alerts");

    @Test
    void thePageIsServedWithoutATokenUnderAStrictPolicy() {
        Response page = given().get("/dashboard/").then().statusCode(200).contentType("text/html").extract().response();
        String policy = page.header("Content-Security-Policy");
        for (String directive : List.of("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                "frame-ancestors 'none'")) {
            assertTrue(policy.contains(directive), policy);
        }
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("http"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        // Without the slash the same page (the assets are referenced relative to /dashboard/).
        given().redirects().follow(true).get("/dashboard").then().statusCode(200).contentType("text/html");
    }

    @Test
    void everythingThePageLoadsComesFromItsOwnOriginAndIsServed() {
        Document html = Jsoup.parse(given().get("/dashboard/").then().statusCode(200).extract().asString(), PAGE.toString());
        List<String> loaded = new ArrayList<>();
        for (Element e : html.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                assertFalse(name.startsWith("on"), "inline handler " + a + " on " + e.tagName());
                assertFalse(name.equals("style"), "inline style on " + e.tagName());
                if (name.equals("src") || name.equals("href") || name.equals("action") || name.equals("srcset")) {
                    URI target = PAGE.resolve(a.getValue());
                    assertEquals(PAGE.getAuthority(), target.getAuthority(), e.tagName() + " " + a + " leaves the page's origin");
                    assertEquals("http", target.getScheme(), a.toString());
                    loaded.add(target.getPath());
                }
            }
            if (e.tagName().equals("script")) {
                assertTrue(e.hasAttr("src") && e.data().isBlank(), "inline script");
            }
        }
        assertTrue(loaded.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"), loaded.toString());
        assertTrue(loaded.contains("/dashboard/dashboard.js"), loaded.toString());
        assertTrue(loaded.contains("/dashboard/dashboard.css"), loaded.toString());
        for (String path : loaded) {
            String type = path.endsWith(".js") ? "javascript" : path.endsWith(".css") ? "text/css" : "";
            Response asset = given().get(path).then().statusCode(200).extract().response();
            assertTrue(asset.contentType().contains(type), path + " served as " + asset.contentType());
            assertEquals("nosniff", asset.header("X-Content-Type-Options"), path);
        }
        assertTrue(given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200).extract().asString().contains("echarts"));
        given().get("/dashboard/labels.json").then().statusCode(200).contentType("application/json");
    }

    @Test
    void theScriptCallsOnlyItsOwnOriginsApi() {
        String script = given().get("/dashboard/dashboard.js").then().statusCode(200).extract().asString();
        assertFalse(Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}").matcher(script.replaceAll("(?m)^\\s*(/?\\*|//).*$", "")).find(),
                "the script names another origin");
        Matcher calls = Pattern.compile("get\\('([a-z/]+)'").matcher(script);
        List<String> called = new ArrayList<>();
        while (calls.find()) {
            called.add("/api/v1/" + calls.group(1));
        }
        assertEquals(DATA_CALLS, called);
        assertFalse(script.contains("innerHTML"), "API text is set as text only");
    }

    @Test
    void theDataTheDashboardShowsStillNeedsAToken() {
        String noRole = TestTokens.bearer("[\"hacker\"]", COUNTY, DevTokens.AUDIENCE, Instant.now(), Duration.ofMinutes(5));
        for (String call : DATA_CALLS) {
            given().get(call).then().statusCode(401);
            given().header("Authorization", noRole).get(call).then().statusCode(403).contentType("application/problem+json");
            // A path that only starts like the page's is normalised, not let through.
            given().urlEncodingEnabled(false).get("/dashboard/.." + call).then().statusCode(401);
            given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).get(call).then()
                    .statusCode(not(anyOf(is(401), is(403))));
        }
    }
}
