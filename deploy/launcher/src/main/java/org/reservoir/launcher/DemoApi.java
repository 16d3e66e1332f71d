package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The demo's HTTP client: JSON in and out, bearer tokens by role, bounded polling of the service that must catch up. */
final class DemoApi {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A service's answer: status, ETag and the JSON body ({@link MissingNode} when there is none). */
    record Reply(int status, String etag, JsonNode body) {

        String text(String field) {
            return body.path(field).asText(null);
        }

        Reply expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
                throw new IllegalStateException("expected " + Arrays.toString(statuses) + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private final Map<String, String> baseUrls;
    private final DevTokens tokens;
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final AtomicLong calls = new AtomicLong();
    final AtomicLong writes = new AtomicLong();

    DemoApi(Map<String, String> baseUrls, DevTokens tokens) {
        this.baseUrls = baseUrls;
        this.tokens = tokens;
    }

    /** A token for {@code role} in {@code region}; {@code subject} names a rater, mentor or reserve (null: the role's default). */
    String token(String role, String region, String department, String subject) {
        return tokenCache.computeIfAbsent(role + '|' + region + '|' + department + '|' + subject, k -> subject == null
                ? tokens.issue(role, region, department, Duration.ofHours(2))
                : tokens.issueAs(subject, role, region, department, Duration.ofHours(2)));
    }

    String admin() {
        return token("county-admin", DemoPlan.COUNTY, null, null);
    }

    String officer(String township) {
        return token("township-officer", township, null, null);
    }

    Reply get(String service, String path, String token) {
        return send("GET", service, path, token, null, null, null);
    }

    Reply post(String service, String path, String token, Object body, String ifMatch, String idempotencyKey) {
        return send("POST", service, path, token, body, ifMatch, idempotencyKey);
    }

    Reply put(String service, String path, String token, Object body, String ifMatch) {
        return send("PUT", service, path, token, body, ifMatch, null);
    }

    Reply send(String method, String service, String path, String token, Object body, String ifMatch, String idempotencyKey) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrls.get(service) + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            if (method.equals("GET")) {
                b.GET();
            } else {
                String text = body == null ? "{}" : body instanceof String s ? s : JSON.writeValueAsString(body);
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            calls.incrementAndGet();
            if (!method.equals("GET")) {
                writes.incrementAndGet();
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body() == null || r.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), r.headers().firstValue("ETag").orElse(null), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + service + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Asks {@code probe} until {@code done} holds (100 ms, growing to 1 s, between tries) or {@code timeout} passes; the
     * other contexts learn of a change through Kafka, so the reading service's API is asked, never a blind sleep.
     */
    static <T> T poll(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 100;
        T last = null;
        while (true) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo data: gave up waiting for " + what + " after " + timeout.toSeconds() + " s (last: " + last + ")");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause = Math.min(1000, pause * 2);
        }
    }
}
