package org.reservoir.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./reservoir projections rebuild [--url URL]}: asks reporting-service to rebuild its projections from the
 * compacted snapshot topics ({@code POST /api/v1/projection-rebuilds}, a job) and waits until the job ends. The local
 * stack's reporting-service unless {@code --url} or {@code RESERVOIR_REPORTING_URL} names another; the token is a
 * national service token signed with the local stack's dev key (elsewhere, send your own with curl).
 */
final class ProjectionRebuild {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern REASON = Pattern.compile("\"failureReason\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ProjectionRebuild() {
    }

    static void run(Path data, String[] args) {
        if (args.length < 2 || !args[1].equals("rebuild")) {
            System.err.println("usage: ./reservoir projections rebuild [--url http://HOST:PORT]  (reporting-service)");
            System.exit(2);
        }
        String url = Optional.ofNullable(System.getenv("RESERVOIR_REPORTING_URL")).orElse("http://127.0.0.1:" + Stack.Settings.local(data, data).servicePort("reporting"));
        int flag = Arrays.asList(args).indexOf("--url");
        if (flag > 0 && flag + 1 < args.length) {
            url = args[flag + 1];
        }
        String token = DevTokens.in(data.resolve("keys")).issue("service", "000000000000", null, Duration.ofHours(1));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/projection-rebuilds"))
                    .header("Authorization", "Bearer " + token).header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("reporting-service answered " + started.statusCode() + ": " + started.body());
            }
            String location = started.headers().firstValue("Location").orElseThrow();
            URI job = URI.create(url).resolve(location);
            System.out.println("rebuild started: " + job);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
            while (Instant.now().isBefore(deadline)) {
                HttpResponse<String> state = http.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher status = STATUS.matcher(state.body());
                String current = status.find() ? status.group(1) : "UNKNOWN";
                if (current.equals("FINISHED")) {
                    System.out.println("projections rebuilt");
                    return;
                }
                if (current.equals("FAILED")) {
                    Matcher reason = REASON.matcher(state.body());
                    throw new IllegalStateException("rebuild failed: " + (reason.find() ? reason.group(1) : state.body()));
                }
                Thread.sleep(1000);
            }
            throw new IllegalStateException("rebuild still running after 30 minutes: " + job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        } catch (Exception e) {
            System.err.println("rebuild failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
