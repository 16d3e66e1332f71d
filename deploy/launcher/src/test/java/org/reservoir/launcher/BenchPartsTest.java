package org.reservoir.launcher;

import com.sun.net.httpserver.HttpServer;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of {@code ./reservoir bench} that need no stack: options, percentiles, the table, the roster file, the driver. */
class BenchPartsTest {

    @Test
    void optionsHaveSmallDefaultsAndAcceptBothSpellings() {
        BenchOptions d = BenchOptions.parse(List.of());
        assertEquals(Duration.ofSeconds(10), d.duration());
        assertEquals(16, d.connections());
        assertEquals(10_000, d.importRows());
        assertFalse(d.startup());
        BenchOptions o = BenchOptions.parse(List.of("--duration", "30", "--connections=8", "--startup", "--paced-rate", "210", "--import-rows", "0", "--warmup", "0"));
        assertEquals(new BenchOptions(Duration.ofSeconds(30), Duration.ZERO, 8, 210, 0, true), o);
        assertFalse(o.httpOnly());
        assertTrue(BenchOptions.parse(List.of("--only", "http", "--duration", "5")).httpOnly());
        BenchOptions events = BenchOptions.parse(List.of("--only", "events", "--duration", "5"));
        assertTrue(events.eventsOnly());
        assertFalse(events.httpOnly());
        assertEquals(Duration.ofSeconds(5), events.duration());
        assertFalse(o.eventsOnly());
        BenchOptions importOnly = BenchOptions.parse(List.of("--only", "import", "--import-rows", "2000"));
        assertTrue(importOnly.importOnly());
        assertFalse(importOnly.httpOnly());
        assertEquals(2000, importOnly.importRows());
    }

    @Test
    void nonsenseIsRefusedNamingTheOption() {
        assertRefused("unknown option --fast", "--fast", "1");
        assertRefused("unknown option now", "now");
        assertRefused("--duration needs a value", "--duration");
        assertRefused("--startup takes no value", "--startup=yes");
        assertRefused("--only takes http, events or import, not 'kafka'", "--only", "kafka");
        assertRefused("--only takes one of http, events and import", "--only", "http", "--only", "events");
        assertRefused("--duration must be a whole number from 1 to 600, not 'ten'", "--duration", "ten");
        assertRefused("--duration must be a whole number from 1 to 600, not '0'", "--duration", "0");
        assertRefused("--connections must be a whole number from 1 to 256, not '-4'", "--connections=-4");
        assertRefused("--paced-rate must be a whole number from 1 to 5000, not '1e3'", "--paced-rate", "1e3");
        assertRefused("--import-rows must be a whole number from 0 to 100000, not '100001'", "--import-rows", "100001");
    }

    private static void assertRefused(String message, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of(args)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void percentilesAreReadFromTheHistogramInMilliseconds() {
        Histogram h = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 100L); // 0.1 ms … 100 ms
        }
        assertEquals("50 / 95 / 99", BenchTable.percentiles(h));
        Histogram fast = new Histogram(60_000_000L, 3);
        fast.recordValue(1234);
        assertEquals("1.23 / 1.23 / 1.23", BenchTable.percentiles(fast));
        assertEquals("no samples", BenchTable.percentiles(new Histogram(3)));
    }

    @Test
    void ratesAndRatiosAreFormattedForReading() {
        assertEquals("2,285 req/s", BenchTable.rate(2285.4, "req/s"));
        assertEquals("48.5 TPS", BenchTable.rate(48.51, "TPS"));
        assertEquals("4.7%", BenchTable.ratio(2285, 48511));
        assertEquals("n/a", BenchTable.ratio(1, 0));
    }

    @Test
    void theTableIsOneMarkdownTableWithAlignedColumns() {
        String table = new BenchTable()
                .add(new BenchTable.Row("GET", "2,285 req/s", "4.1 / 9.0 / 18", "SELECT: 48,511 TPS", "0.2 / 0.4 / 0.9", "4.7%", "ratio ≥ 25%"))
                .add(new BenchTable.Row("写 → 报表", "500 writes", "144 / 200 / 272", "", "", "", "p99 ≤ 100 ms"))
                .render();
        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("| what "), lines.get(0));
        assertTrue(lines.get(1).matches("\\|( -+ \\|)+"), lines.get(1));
        Set<Integer> widths = lines.stream().map(BenchTable::displayWidth).collect(Collectors.toSet());
        assertEquals(1, widths.size(), "every line as wide as the header:\n" + table);
        assertTrue(lines.get(2).contains("| 4.7% "), lines.get(2));
    }

    @Test
    void theRosterFileFollowsTheTemplateWithDistinctValidPeople() {
        String csv = Bench.rosterCsv("\uFEFF姓名,性别 (男/女),身份证号,专业,目标村代码\n王五,男,110101199003070000,,652327101201\n", 10_001,
                List.of("659901001001", "659901001002"));
        List<String> lines = csv.lines().toList();
        assertEquals("姓名,性别 (男/女),身份证号,专业,目标村代码", lines.get(0));
        assertEquals(10_002, lines.size());
        assertTrue(lines.get(1).matches("基准0,男,\\d{17}[\\dX],,659901001001"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",659901001002"), "the villages in turn: " + lines.get(2));
        Set<String> ids = lines.stream().skip(1).map(l -> l.split(",")[2]).collect(Collectors.toSet());
        assertEquals(10_001, ids.size(), "no person twice");
        assertEquals("11010519491231002X", Bench.idNumber("110105", LocalDate.of(1949, 12, 31), 2), "GB 11643's own example");
    }

    @Test
    void theDriverCountsOnlyTheMeasuredPeriodAndReportsFailures() {
        LoadDriver.Result r = LoadDriver.run(2, Duration.ofMillis(300), Duration.ofMillis(200), i -> () -> {
            Thread.sleep(5);
            if (i == 1) {
                throw new IllegalStateException("worker 1 always fails");
            }
            return true;
        });
        assertTrue(r.ok() > 0 && r.ok() <= 40, "at most 40 operations of 5 ms in the 200 ms measured, none of the warm-up: " + r.ok());
        assertTrue(r.failed() > 0 && r.failed() <= 40, "worker 1's failures counted in the measured period: " + r.failed());
        assertEquals("java.lang.IllegalStateException: worker 1 always fails", r.firstFailure());
        assertEquals(r.ok(), r.micros().getTotalCount());
        assertTrue(r.micros().getValueAtPercentile(50) >= 5000, "latency at least the 5 ms slept");
    }

    @Test
    void theKeepAliveClientReadsLengthAndChunkedBodiesOnOneConnection() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Set<InetSocketAddress> clients = java.util.concurrent.ConcurrentHashMap.newKeySet();
        server.createContext("/", exchange -> {
            clients.add(exchange.getRemoteAddress());
            String seen = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = seen.getBytes(StandardCharsets.UTF_8);
            boolean chunked = exchange.getRequestURI().getPath().endsWith("/chunked");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().startsWith("/absent") ? 404 : 200, chunked ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(null);
        server.start();
        int port = server.getAddress().getPort();
        try (KeepAliveHttp http = new KeepAliveHttp("127.0.0.1", port)) {
            KeepAliveHttp.Answer a = http.exchange(KeepAliveHttp.request("GET", "127.0.0.1", port, "/regions/1", null, "Authorization", "Bearer t"));
            assertEquals(200, a.status());
            assertEquals("GET /regions/1 Bearer t ", a.text());
            KeepAliveHttp.Answer chunked = http.exchange(KeepAliveHttp.request("POST", "127.0.0.1", port, "/x/chunked",
                    "{\"name\":\"基准村\"}".getBytes(StandardCharsets.UTF_8), "Authorization", null));
            assertEquals(200, chunked.status());
            assertEquals("POST /x/chunked null {\"name\":\"基准村\"}", chunked.text());
            KeepAliveHttp.Answer absent = http.exchange(KeepAliveHttp.request("GET", "127.0.0.1", port, "/absent", null));
            assertEquals(404, absent.status());
            assertEquals("GET /absent null ", absent.text());
            assertEquals(1, clients.size(), "three requests on one kept-alive connection");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theKeepAliveClientOpensAgainWhenTheServerClosedAnIdleConnection() throws Exception {
        byte[] answer = "HTTP/1.1 204 No Content\r\nX: y\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                // each connection answers one request, then is closed: the next request finds it closed while idle
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        accepted.incrementAndGet();
                        InputStream in = s.getInputStream();
                        int matched = 0;
                        while (matched < 4) {
                            int c = in.read();
                            if (c < 0) {
                                break;
                            }
                            matched = (c == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (c == '\r' ? 1 : 0);
                        }
                        s.getOutputStream().write(answer);
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            try (KeepAliveHttp http = new KeepAliveHttp("127.0.0.1", server.getLocalPort())) {
                byte[] request = KeepAliveHttp.request("GET", "127.0.0.1", server.getLocalPort(), "/", null);
                for (int i = 0; i < 3; i++) {
                    assertEquals(204, http.exchange(request).status());
                }
            }
            assertEquals(3, accepted.get(), "one connection per request, each reopened after the server closed it");
        }
    }
}
