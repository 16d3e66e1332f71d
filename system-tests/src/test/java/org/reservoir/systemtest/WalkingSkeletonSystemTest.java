package org.reservoir.systemtest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.DemoData;
import org.reservoir.launcher.Processes;
import org.reservoir.launcher.ServiceProcess;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged services as separate processes on real PostgreSQL and a real broker, started by the same
 * launcher as {@code ./reservoir up}, driven over HTTP — including crashes of the broker and of a consumer.
 * Each test works in a county of its own, so the tests pass in any order.
 */
class WalkingSkeletonSystemTest {

    private static final String TOPIC = "recruitment.region.v1";
    /** Counties 6523NN for the tests besides the demo county (652327); the stack starts empty on every run. */
    private static final AtomicInteger COUNTIES = new AtomicInteger(40);
    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack", 0);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** A county with its admin's token; {@link #create} makes it with the townships named by their three digits. */
    private record County(String code, String adminToken) {

        static County create(String name, String... townships) {
            String code = String.format("6523%02d000000", COUNTIES.getAndIncrement());
            County county = new County(code, stack.tokens().issue("county-admin", code));
            StringBuilder regions = new StringBuilder("{\"regions\":[{\"code\":\"%s\",\"name\":\"%s\"}".formatted(code, name));
            for (String t : townships) {
                regions.append(",{\"code\":\"%s\",\"name\":\"%s镇\"}".formatted(county.township(t), t));
            }
            county.recruitment().body(regions.append("]}").toString()).post("/api/v1/regions/bulk").then().statusCode(201);
            return county;
        }

        String township(String digits) {
            return code.substring(0, 6) + digits + "000";
        }

        /** Village codes not used by the demo data (which uses 201–207 in each township). */
        String village(String townshipDigits, int n) {
            return code.substring(0, 6) + townshipDigits + String.format("%03d", 300 + n);
        }

        RequestSpecification recruitment() {
            return as(adminToken, "recruitment").contentType("application/json");
        }

        void createVillage(String village) {
            recruitment().body("""
                    {"code":"%s","name":"新村%s","villageType":"POOR","committeeSeats":5}""".formatted(village, village.substring(9)))
                    .post("/api/v1/regions").then().statusCode(201);
        }

        Response summary() {
            return as(adminToken, "reporting").get("/api/v1/reports/regions/" + code + "/summary");
        }

        int villagesInReporting() {
            Response r = summary();
            return r.statusCode() == 200 ? r.jsonPath().getInt("villages") : -1;
        }

        void awaitVillages(String when, int expected, Duration timeout) {
            Poll.untilEquals("villages in reporting " + when, expected, timeout, this::villagesInReporting);
        }
    }

    private static RequestSpecification as(String token, String service) {
        return given().baseUri(stack.service(service).baseUrl()).header("Authorization", "Bearer " + token);
    }

    @Test
    void countyWithNineTownshipsAndFiftySevenVillagesReachesReporting() {
        County demo = new County(DemoData.COUNTY, stack.tokens().issue("county-admin", DemoData.COUNTY));
        long started = System.nanoTime();
        demo.recruitment().body(DemoData.regionsJson()).post("/api/v1/regions/bulk").then().statusCode(201);
        demo.awaitVillages("after the bulk create", 57, Duration.ofSeconds(30));
        demo.summary().then().statusCode(200)
                .body("townships", org.hamcrest.Matchers.equalTo(9))
                .body("name", org.hamcrest.Matchers.equalTo("吉木萨尔县"));
        System.out.printf("57 villages visible in reporting %.1f s after the bulk create%n", (System.nanoTime() - started) / 1e9);
    }

    @Test
    void brokerCrashLosesNothingAndDuplicatesNothing() {
        County county = County.create("断网县", "101");
        stack.kafka().kill();
        for (int i = 1; i <= 10; i++) {
            county.createVillage(county.village("101", i));
        }
        Processes.sleep(2000);
        stack.kafka().start();
        county.awaitVillages("after the broker came back", 10, Duration.ofSeconds(90));
        Processes.sleep(3000);
        assertEquals(10, county.villagesInReporting(), "still 10: no village counted twice");
    }

    @Test
    void reportingCrashMidStreamCountsEveryVillageOnce() {
        County county = County.create("宕机县", "102");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= 20; i++) {
                county.createVillage(county.village("102", i));
            }
        });
        Processes.sleep(700);
        stack.service("reporting").kill();
        writer.join();
        stack.service("reporting").start().awaitReady(Duration.ofMinutes(2));
        county.awaitVillages("after reporting restarted", 20, Duration.ofSeconds(60));
        Processes.sleep(3000);
        assertEquals(20, county.villagesInReporting(), "still 20: redelivered events were not counted twice");
    }

    @Test
    void malformedMessageIsDeadLetteredAndLaterEventsStillFlow() {
        County county = County.create("毒丸县", "103");
        String bootstrap = stack.kafka().bootstrapServers();
        String marker = "not-an-event-" + System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, county.code(), "{" + marker)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        county.createVillage(county.village("103", 1));
        county.awaitVillages("after the poison message", 1, Duration.ofSeconds(30));

        Set<String> groups = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "system-test-" + System.nanoTime(), "enable.auto.commit", false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(TOPIC + ".dlt").forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (groups.size() < 3 && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value().contains(marker)) {
                        String reason = new String(r.headers().lastHeader("dlt.reason").value(), StandardCharsets.UTF_8);
                        assertTrue(reason.startsWith("unreadable event"), reason);
                        groups.add(new String(r.headers().lastHeader("dlt.consumer.group").value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertEquals(Set.of("assessment-service", "training-service", "reporting-service"), groups,
                "every consuming service dead-lettered the message");
    }

    @Test
    void twoInstancesOfAServiceKeepEachAggregatesEventsInOrder() {
        County county = County.create("双实例县", "102");
        ServiceProcess second = stack.anotherInstance("recruitment", stack.service("recruitment").port() + 100);
        try {
            second.awaitReady(Duration.ofMinutes(2));
            String township = county.township("102");
            List<String> bases = List.of(stack.service("recruitment").baseUrl(), second.baseUrl());
            for (int i = 1; i <= 20; i++) {
                String base = bases.get(i % 2);
                long version = given().baseUri(base).header("Authorization", "Bearer " + county.adminToken()).get("/api/v1/regions/" + township)
                        .then().statusCode(200).extract().jsonPath().getLong("version");
                given().baseUri(base).header("Authorization", "Bearer " + county.adminToken()).contentType("application/json")
                        .header("If-Match", "\"" + version + "\"").body("{\"name\":\"三台镇" + i + "\"}")
                        .patch("/api/v1/regions/" + township).then().statusCode(200);
            }
            List<Long> versions = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", stack.kafka().bootstrapServers(),
                    "group.id", "order-check-" + System.nanoTime(), "enable.auto.commit", false), new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                consumer.partitionsFor(TOPIC).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Instant deadline = Instant.now().plusSeconds(30);
                while (Instant.now().isBefore(deadline) && (versions.isEmpty() || versions.get(versions.size() - 1) < 20)) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        if (township.equals(r.key())) {
                            versions.add(Long.parseLong(r.value().replaceAll(".*\"version\":(\\d+).*", "$1")));
                        }
                    }
                }
            }
            // Redelivery may repeat events, but each version first appears after every earlier one, with none missing.
            assertEquals(java.util.stream.LongStream.rangeClosed(0, 20).boxed().toList(), versions.stream().distinct().toList(),
                    "versions in offset order: " + versions);
        } finally {
            second.close();
        }
    }

    /**
     * Graceful shutdown: a request in flight when the process gets SIGTERM (its body still arriving) is answered in
     * full before the process exits, and the work it asked for is stored.
     */
    @Test
    void aRequestInFlightAtSigtermIsAnsweredBeforeTheProcessExits() throws Exception {
        County county = County.create("停机县", "103");
        ServiceProcess second = stack.anotherInstance("recruitment", stack.service("recruitment").port() + 200);
        CompletableFuture<Void> stopping = null;
        try {
            second.awaitReady(Duration.ofMinutes(2));
            String village = county.village("103", 9);
            byte[] body = """
                    {"code":"%s","name":"停机村","villageType":"POOR","committeeSeats":5}""".formatted(village).getBytes(StandardCharsets.UTF_8);
            try (java.net.Socket socket = new java.net.Socket("localhost", second.port())) {
                socket.setSoTimeout(30000);
                java.io.OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/regions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + county.adminToken()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, 10);
                out.flush();
                Processes.sleep(500);
                stopping = CompletableFuture.runAsync(second::close);
                // The rest of the body arrives while the server is shutting down.
                Processes.sleep(1500);
                assertTrue(!stopping.isDone(), "the process waits for the request in flight");
                out.write(body, 10, body.length - 10);
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 201"), "answered in full: " + answer);
            }
            stopping.get(30, java.util.concurrent.TimeUnit.SECONDS);
            county.recruitment().get("/api/v1/regions/" + village).then().statusCode(200);
        } finally {
            if (stopping == null) {
                second.close();
            }
        }
    }

    /** Takes a pipeline step with the candidate's current version as If-Match. */
    private static void step(County county, String token, String candidate, String path, String body, String expectedStatus) {
        long version = county.recruitment().get("/api/v1/candidates/" + candidate).then().statusCode(200).extract().jsonPath().getLong("version");
        given().baseUri(stack.service("recruitment").baseUrl()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"" + version + "\"").contentType("application/json").body(body)
                .post("/api/v1/candidates/" + candidate + path)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo(expectedStatus));
    }

    @Test
    void oneCandidateGoesFromRegistrationToAppointed() {
        County county = County.create("选任县", "101");
        String village = county.village("101", 1);
        county.createVillage(village);
        String campaign = county.recruitment().body("""
                {"name":"吉木萨尔县2026年村级后备力量招募","scopeCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "vacancies":[{"villageCode":"%s","post":"PARTY_SECRETARY"}],"fullTimeQuota":1,"partTimeQuota":10,
                 "eligibility":{"minAge":18,"maxAge":45,"minEducation":"SENIOR_HIGH","minPartyYears":1,"minWorkYears":2,"requireFitForDuty":true},
                 "probationMonths":1}""".formatted(county.code(), village))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        county.recruitment().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);
        String officer = stack.tokens().issue("township-officer", county.township("101"));
        String candidate = given().baseUri(stack.service("recruitment").baseUrl()).header("Authorization", "Bearer " + officer)
                .contentType("application/json").body("""
                {"campaignId":"%s","villageCode":"%s","targetPost":"PARTY_SECRETARY","track":"FULL_TIME","name":"马丽","ethnicity":"回族",
                 "idNumber":"11010519491231002X","phone":"13899990000","educationLevel":"JUNIOR_COLLEGE","politicalStatus":"PARTY_MEMBER",
                 "partyJoinDate":"1975-07-01","workYears":30,"fitForDuty":true,"local":true,
                 "sourceGroup":"RETURNING_GRADUATE","channel":"FIRST_SECRETARY_SEARCH","channelDetail":"驻村第一书记 王强"}""".formatted(campaign, village))
                .post("/api/v1/candidates").then().statusCode(201).body("eligible", org.hamcrest.Matchers.equalTo(false))
                .extract().path("id");
        // Born 1949: over the age limit, so the township documents why it proposes her anyway.
        step(county, officer, candidate, "/eligibility/max-age/override", "{\"reason\":\"群众基础好，经验丰富，经乡镇党委研究同意\"}", "REGISTERED");
        step(county, officer, candidate, "/township-review", "{\"decision\":\"APPROVE\"}", "TOWNSHIP_APPROVED");
        step(county, county.adminToken(), candidate, "/joint-review", "{\"departments\":[\"discipline\",\"police\"]}", "IN_JOINT_REVIEW");
        step(county, stack.tokens().issue("reviewer", county.code(), "discipline", Duration.ofHours(1)), candidate, "/joint-review/verdicts",
                "{\"verdict\":\"PASS\"}", "IN_JOINT_REVIEW");
        step(county, stack.tokens().issue("reviewer", county.code(), "police", Duration.ofHours(1)), candidate, "/joint-review/verdicts",
                "{\"verdict\":\"PASS\"}", "VETTED");
        SelectionEvaluation.byPanel(stack, county.adminToken(), county.township("101"), campaign, candidate);
        Poll.untilEquals("the candidate's status after assessment sealed the evaluation", "EVALUATED", Duration.ofSeconds(30),
                () -> county.recruitment().get("/api/v1/candidates/" + candidate).then().extract().<String>path("status"));
        county.recruitment().get("/api/v1/candidates/" + candidate).then()
                .body("compositeScore", org.hamcrest.Matchers.equalTo(83.8f)).body("interviewScore", org.hamcrest.Matchers.equalTo(85.0f));
        step(county, county.adminToken(), candidate, "/admission", "{\"decision\":\"ADMIT\"}", "ADMITTED");
        step(county, officer, candidate, "/probation", "{\"start\":\"2026-09-01\"}", "ON_PROBATION");
        step(county, officer, candidate, "/probation/outcome", "{\"passed\":true}", "PROBATION_PASSED");
        step(county, county.adminToken(), candidate, "/election", "{\"elected\":true,\"posts\":[\"PARTY_SECRETARY\",\"COMMITTEE_DIRECTOR\"]}", "ELECTED");
        step(county, county.adminToken(), candidate, "/appointment", "{}", "APPOINTED");
        county.recruitment().get("/api/v1/candidates/" + candidate).then().statusCode(200)
                .body("secretaryDirectorOnePerson", org.hamcrest.Matchers.equalTo(true))
                .body("probationPlannedEnd", org.hamcrest.Matchers.equalTo("2026-10-01"))
                .body("idNumber", org.hamcrest.Matchers.equalTo("11010519491231002X"));
        county.recruitment().get("/api/v1/candidates/" + candidate + "/history").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(12));
    }

    /**
     * A candidate of a new campaign in {@code village} of {@code township}, registered by the township's {@code officer} (the varying fields in
     * {@code person}), found eligible, approved by the township, vetted by the police and evaluated by a panel in
     * assessment: recruitment shows it EVALUATED.
     */
    private static String evaluatedCandidate(County county, String township, String village, String officer, String person) {
        String campaign = county.recruitment().body("""
                {"name":"2026年村级后备力量招募","scopeCode":"%s","startsOn":"2026-01-01","endsOn":"2026-12-31",
                 "vacancies":[{"villageCode":"%s","post":"COMMITTEE_MEMBER"}],"fullTimeQuota":1,"partTimeQuota":10,
                 "eligibility":{"minAge":18,"maxAge":45,"minEducation":"SENIOR_HIGH","minPartyYears":1,"minWorkYears":2,"requireFitForDuty":true},
                 "probationMonths":1}""".formatted(county.code(), village))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        county.recruitment().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);
        String candidate = given().baseUri(stack.service("recruitment").baseUrl()).header("Authorization", "Bearer " + officer)
                .contentType("application/json").body("""
                {"campaignId":"%s","villageCode":"%s","targetPost":"COMMITTEE_MEMBER","ethnicity":"汉族","politicalStatus":"PARTY_MEMBER",
                 "fitForDuty":true,"local":true,"channel":"OPEN_RECRUITMENT",%s}""".formatted(campaign, village, person))
                .post("/api/v1/candidates").then().statusCode(201).body("eligible", org.hamcrest.Matchers.equalTo(true)).extract().path("id");
        step(county, officer, candidate, "/township-review", "{\"decision\":\"APPROVE\"}", "TOWNSHIP_APPROVED");
        step(county, county.adminToken(), candidate, "/joint-review", "{\"departments\":[\"police\"]}", "IN_JOINT_REVIEW");
        step(county, stack.tokens().issue("reviewer", county.code(), "police", Duration.ofHours(1)), candidate, "/joint-review/verdicts",
                "{\"verdict\":\"PASS\"}", "VETTED");
        SelectionEvaluation.byPanel(stack, county.adminToken(), township, campaign, candidate);
        Poll.untilEquals("the candidate's status after the evaluation", "EVALUATED", Duration.ofSeconds(30),
                () -> county.recruitment().get("/api/v1/candidates/" + candidate).then().extract().<String>path("status"));
        return candidate;
    }

    /**
     * Training knows the reserve from recruitment's events: a reserve admitted through recruitment's API is paired with a
     * mentor, gets a growth goal and two monthly tasks on the mentor's phone, reports on one from their own phone, gets
     * feedback; their exit in recruitment ends the pair by itself.
     */
    @Test
    void aReserveAdmittedInRecruitmentIsMentoredUntilTheyExit() {
        County county = County.create("帮带县", "101");
        String township = county.township("101");
        String village = county.village("101", 1);
        county.createVillage(village);
        String officer = stack.tokens().issue("township-officer", township);
        String candidate = evaluatedCandidate(county, township, village, officer, """
                "track":"FULL_TIME","name":"朱兆波","idNumber":"652327199503150028","phone":"13899990001","educationLevel":"BACHELOR",
                "partyJoinDate":"2018-07-01","workYears":5,"sourceGroup":"RETURNING_GRADUATE\"""");
        step(county, county.adminToken(), candidate, "/admission", "{\"decision\":\"ADMIT\"}", "ADMITTED");

        String person = "mentor-" + java.util.UUID.randomUUID();
        String mentorId = as(officer, "training").contentType("application/json").body("""
                {"personId":"%s","name":"李志强","kind":"VILLAGE_PARTY_SECRETARY","regionCode":"%s"}""".formatted(person, village))
                .post("/api/v1/mentors").then().statusCode(201).extract().path("id");
        java.time.LocalDate today = java.time.LocalDate.now();
        String pairBody = """
                {"mentorId":"%s","candidateId":"%s","startsOn":"%s","endsOn":"%s"}""".formatted(mentorId, candidate, today, today.plusYears(1));
        // Training learns of the admission from recruitment's events: until then the reserve is not in its pool (422).
        String pair = Poll.until("training pairs the admitted reserve", Duration.ofSeconds(30),
                () -> as(officer, "training").contentType("application/json").body(pairBody).post("/api/v1/mentorships").then().extract(),
                r -> r.statusCode() == 201).path("id");
        String mentor = stack.tokens().issueAs(person, "mentor", township, null, Duration.ofHours(1));
        String reserve = stack.tokens().issueAs(candidate, "reserve", village, null, Duration.ofHours(1));
        as(mentor, "training").contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"year\":%d,\"area\":\"VILLAGE_WORK\",\"description\":\"熟悉村级事务流程\"}".formatted(today.getYear()))
                .post("/api/v1/mentorships/" + pair + "/goals").then().statusCode(201);
        java.time.YearMonth month = java.time.YearMonth.from(today);
        List<String> tasks = new ArrayList<>();
        for (java.time.YearMonth m : List.of(month, month.plusMonths(1))) {
            tasks.add(as(mentor, "training").contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body("{\"month\":\"%s\",\"title\":\"每月任务 %s\",\"dueOn\":\"%s\"}".formatted(m, m, m.atEndOfMonth()))
                    .post("/api/v1/mentorships/" + pair + "/tasks").then().statusCode(201).extract().path("id"));
        }
        as(reserve, "training").get("/api/v1/me/mentor").then().statusCode(200).body("name", org.hamcrest.Matchers.equalTo("李志强"));
        as(reserve, "training").get("/api/v1/me/goals").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        as(reserve, "training").get("/api/v1/me/tasks").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(2));
        as(reserve, "training").contentType("application/json").header("If-Match", "\"0\"").body("{\"text\":\"已完成，附走访记录\"}")
                .put("/api/v1/me/tasks/" + tasks.get(0) + "/report").then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REPORTED"));
        as(mentor, "training").contentType("application/json").header("If-Match", "\"1\"").body("{\"text\":\"记录翔实\",\"rating\":4}")
                .put("/api/v1/mentorships/" + pair + "/tasks/" + tasks.get(0) + "/feedback").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REVIEWED"));
        as(reserve, "training").get("/api/v1/me/tasks/" + tasks.get(0)).then().statusCode(200)
                .body("feedback", org.hamcrest.Matchers.equalTo("记录翔实")).body("rating", org.hamcrest.Matchers.equalTo(4));

        step(county, county.adminToken(), candidate, "/exit", "{\"reason\":\"MOVED_AWAY\",\"note\":\"迁往外地\"}", "EXITED");
        Poll.untilEquals("the pair ends after the exit in recruitment", "ENDED", Duration.ofSeconds(30),
                () -> as(officer, "training").get("/api/v1/mentorships/" + pair).then().extract().<String>path("status"));
        as(officer, "training").get("/api/v1/mentorships/" + pair).then().body("endReason", org.hamcrest.Matchers.equalTo("RESERVE_EXITED"));
        as(reserve, "training").get("/api/v1/me/mentor").then().statusCode(404);
    }

    /**
     * Training programmes and education upgrades across the packaged services: a reserve admitted through recruitment's
     * API is enrolled in a township's pre-post training, checks in from their phone with the session code, and sees the
     * hours credited on their own view; their completed education upgrade shows as the new level on the candidate in
     * recruitment, with a history line.
     */
    @Test
    void aReserveAdmittedInRecruitmentChecksInForHoursAndUpgradesTheirEducation() {
        County county = County.create("培训县", "101");
        String township = county.township("101");
        String village = county.village("101", 1);
        county.createVillage(village);
        String officer = stack.tokens().issue("township-officer", township);
        String candidate = evaluatedCandidate(county, township, village, officer, """
                "track":"PART_TIME","name":"王佳宇","idNumber":"652327199608200028","phone":"13899990002","educationLevel":"JUNIOR_COLLEGE",
                "partyJoinDate":"2019-07-01","workYears":4,"sourceGroup":"LOCAL_YOUTH\"""");
        // A part-time reserve is admitted straight into the county pool.
        step(county, county.adminToken(), candidate, "/admission", "{\"decision\":\"ADMIT\"}", "IN_POOL");

        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        String programme = as(officer, "training").contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"kind\":\"PRE_POST\",\"title\":\"岗前培训班\",\"scopeCode\":\"%s\",\"year\":%d}".formatted(township, year))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).minusMinutes(5);
        String code = as(officer, "training").contentType("application/json").body("""
                {"startsAt":"%s","endsAt":"%s","place":"镇党校","hours":3,"capacity":40,"trainer":"县委党校"}"""
                .formatted(start, start.plusHours(3))).post("/api/v1/programmes/" + programme + "/sessions").then().statusCode(201)
                .extract().path("checkInCode");
        // Training learns of the admission from recruitment's events: until then the reserve is not in its pool (422).
        String enrolBody = "{\"candidateIds\":[\"%s\"]}".formatted(candidate);
        Poll.until("training enrols the admitted reserve", Duration.ofSeconds(30),
                () -> as(officer, "training").contentType("application/json").body(enrolBody)
                        .post("/api/v1/programmes/" + programme + "/enrolments").then().extract(),
                r -> r.statusCode() == 201 && r.jsonPath().getList("enrolled").size() == 1);
        String reserve = stack.tokens().issueAs(candidate, "reserve", village, null, Duration.ofHours(1));
        as(reserve, "training").contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("{\"code\":\"%s\"}".formatted(code)).post("/api/v1/me/check-ins").then().statusCode(201)
                .body("hours", org.hamcrest.Matchers.equalTo(3.0f));
        as(reserve, "training").get("/api/v1/me/hours").then().statusCode(200)
                .body("hours", org.hamcrest.Matchers.equalTo(3.0f)).body("year", org.hamcrest.Matchers.equalTo(year));
        as(reserve, "training").get("/api/v1/me/sessions?from=" + start.minusDays(1)).then().statusCode(200)
                .body("items[0].attended", org.hamcrest.Matchers.equalTo(true));

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String record = as(officer, "training").contentType("application/json").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body("""
                {"candidateId":"%s","school":"新疆开放大学","major":"行政管理","targetLevel":"BACHELOR","startedOn":"%s","expectedCompletion":"%s"}"""
                        .formatted(candidate, today.minusYears(2), today.plusMonths(2))).post("/api/v1/education-records").then().statusCode(201)
                .extract().path("id");
        county.recruitment().get("/api/v1/candidates/" + candidate).then().body("educationLevel", org.hamcrest.Matchers.equalTo("JUNIOR_COLLEGE"));
        as(officer, "training").contentType("application/json").header("If-Match", "\"0\"")
                .body("{\"educationLevel\":\"BACHELOR\",\"completedOn\":\"%s\"}".formatted(today))
                .post("/api/v1/education-records/" + record + "/complete").then().statusCode(200);
        Poll.untilEquals("recruitment applies the completed upgrade", "BACHELOR", Duration.ofSeconds(30),
                () -> county.recruitment().get("/api/v1/candidates/" + candidate).then().extract().<String>path("educationLevel"));
        county.recruitment().get("/api/v1/candidates/" + candidate + "/history").then().statusCode(200)
                .body("find { it.reason == 'education upgrade completed' }.details.educationLevel", org.hamcrest.Matchers.equalTo("BACHELOR"));
    }
    /**
     * Issue 8's crash test for jobs: recruitment is killed (-9) while a large roster import runs, restarted, and the job
     * is taken over once the dead instance's heartbeat lapses; it finishes with every row accounted for once: one
     * candidate per person, one registration event per candidate, each candidate once in reporting's projection.
     */
    @Test
    void recruitmentKilledMidImportFinishesTheJobAfterRestart() throws Exception {
        County county = County.create("断电县", "104");
        String village = county.village("104", 1);
        county.createVillage(village);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String campaign = county.recruitment().body("""
                {"name":"断电招募","scopeCode":"%s","startsOn":"%s","endsOn":"%s",
                 "vacancies":[{"villageCode":"%s","post":"COMMITTEE_MEMBER"}],"fullTimeQuota":2,"partTimeQuota":5,
                 "eligibility":{"minAge":18,"maxAge":45,"minEducation":"SENIOR_HIGH","minWorkYears":2,"requireFitForDuty":true},
                 "probationMonths":3}""".formatted(county.code(), today.minusDays(1), today.plusDays(180), village))
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        county.recruitment().header("If-Match", "\"0\"").post("/api/v1/campaigns/" + campaign + "/open").then().statusCode(200);
        int rows = 3000;
        String csv = org.reservoir.launcher.Bench.rosterCsv(county.recruitment().get("/api/v1/roster-template?format=csv").asString(), rows, List.of(village));
        Response accepted = as(county.adminToken(), "recruitment").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + campaign + "/roster-imports");
        accepted.then().statusCode(202);
        String job = accepted.path("id");

        try (java.sql.Connection db = java.sql.DriverManager.getConnection(stack.postgres().jdbcUrl("recruitment"), "recruitment", "recruitment");
             java.sql.Connection reporting = java.sql.DriverManager.getConnection(stack.postgres().jdbcUrl("reporting"), "reporting", "reporting")) {
            // Killed once some chunks are saved and most rows are still to do.
            int atKill = Poll.until("the import has saved progress", Duration.ofSeconds(120), () -> processed(db, job), n -> n > 0);
            stack.service("recruitment").kill();
            int saved = processed(db, job);
            assertTrue(saved > 0 && saved < rows, "killed mid-import: " + saved + " of " + rows + " rows saved (" + atKill + " seen)");
            stack.service("recruitment").start().awaitReady(Duration.ofMinutes(2));

            // Taken over after reservoir.jobs.heartbeat-timeout (60 s) by the new instance.
            Poll.untilEquals("the import finishes after the restart", "FINISHED", Duration.ofMinutes(5),
                    () -> county.recruitment().get("/api/v1/roster-imports/" + job).then().extract().<String>path("status"));
            county.recruitment().get("/api/v1/roster-imports/" + job).then().statusCode(200)
                    .body("processed", org.hamcrest.Matchers.equalTo(rows)).body("created", org.hamcrest.Matchers.equalTo(rows))
                    .body("skipped", org.hamcrest.Matchers.equalTo(0)).body("failed", org.hamcrest.Matchers.equalTo(0))
                    .body("report.size()", org.hamcrest.Matchers.equalTo(rows))
                    .body("report.row.unique().size()", org.hamcrest.Matchers.equalTo(rows));
            assertEquals(List.of((long) rows, (long) rows), longs(db, "select count(*), count(distinct id_number_hash) from candidate"
                    + " where campaign_id = '" + campaign + "'"), "one candidate per person");
            assertEquals(List.of((long) rows, (long) rows), longs(db, "select count(*), count(distinct o.message_key) from outbox_event o"
                    + " join candidate c on o.message_key = c.id::text where c.campaign_id = '" + campaign + "'"
                    + " and o.event_type = 'reservoir.recruitment.candidate.registered'"), "one registration event per candidate");
            Poll.untilEquals("every candidate once in reporting's projection", (long) rows, Duration.ofSeconds(120),
                    () -> longs(reporting, "select count(*) from candidate_projection where campaign_id = '" + campaign + "'").get(0));
        }
    }

    private static int processed(java.sql.Connection db, String job) {
        return longs(db, "select processed from roster_import where id = '" + job + "'").get(0).intValue();
    }

    private static List<Long> longs(java.sql.Connection db, String sql) {
        try (java.sql.Statement s = db.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            if (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    values.add(r.getLong(i));
                }
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
