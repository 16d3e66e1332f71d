package org.reservoir.recruitment.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.recruitment.domain.IdNumberGuesses;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.api.RecruitmentFixtures.as;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** Callers who may not read the ID number cannot rebuild it, learn where a person is registered, or find key values in logs. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class PersonalDataExposureTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 1, 1);

    @Inject
    EntityManager em;

    /** The fixture names people after their ID number's last digits; these tests name them plainly. */
    private static String named(RecruitmentFixtures f, String village, String id) {
        return f.registration(village, "COMMITTEE_MEMBER", "PART_TIME", id, "").replace("李" + id.substring(14), "王五");
    }

    /** What a candidate body shows must leave at least 10^4 numbers, granting the attacker the six region digits. */
    private static void assertCannotRebuild(JsonPath body, String prefix, String id) {
        String at = prefix.isEmpty() ? "" : prefix + ".";
        assertFalse(body.getMap(prefix.isEmpty() ? "$" : prefix).containsKey("birthDate"), "no birth date in " + prefix);
        String shown = body.getString(at + "idNumber");
        if (shown != null) {
            assertTrue(shown.matches("\\d{4}\\*{14}"), shown);
        }
        long left = IdNumberGuesses.countByAge(shown == null ? "*".repeat(18) : shown, id.substring(0, 6),
                "MALE".equals(body.getString(at + "gender")), body.getInt(at + "age"), LocalDate.now());
        assertTrue(left >= 10_000, left + " numbers fit " + prefix);
    }

    private static void assertNoIdentity(String body, String id) {
        assertFalse(body.contains(id), body);
        assertFalse(body.contains(BIRTH.toString()), body);
        assertFalse(body.contains(id.substring(6, 14)), body);
    }

    @Test
    void callersWhoMayNotReadTheIdNumberGetTheAgeAndFourDigits() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = idNumber(BIRTH, true);
        String key = UUID.randomUUID().toString();
        JsonPath posted = f.officer().header("Idempotency-Key", key).body(named(f, f.village1, id)).post("/api/v1/candidates")
                .then().statusCode(201).extract().jsonPath();
        assertCannotRebuild(posted, "", id);
        String candidate = posted.getString("id");
        JsonPath replayed = f.officer().header("Idempotency-Key", key).body(named(f, f.village1, id)).post("/api/v1/candidates")
                .then().statusCode(201).extract().jsonPath();
        assertCannotRebuild(replayed, "", id);

        for (var caller : List.of(as("viewer", f.county), as("township-officer", f.township1), as("reviewer", f.county))) {
            JsonPath got = caller.get("/api/v1/candidates/" + candidate).then().statusCode(200).extract().jsonPath();
            assertCannotRebuild(got, "", id);
        }
        JsonPath listed = as("viewer", f.county).get("/api/v1/candidates?campaignId=" + f.campaignId).then().statusCode(200)
                .extract().jsonPath();
        assertCannotRebuild(listed, "items[0]", id);
        assertNoIdentity(as("viewer", f.county).get("/api/v1/candidates?campaignId=" + f.campaignId).asString(), id);
        assertNoIdentity(as("viewer", f.county).get("/api/v1/candidates/" + candidate).asString(), id);
        assertNoIdentity(as("viewer", f.county).get("/api/v1/candidates/" + candidate + "/history").then().statusCode(200)
                .extract().asString(), id);
        assertNoIdentity(as("viewer", f.county).get("/api/v1/campaigns/" + f.campaignId + "/ranking").then().statusCode(200)
                .extract().asString(), id);

        f.admin().get("/api/v1/candidates/" + candidate).then().statusCode(200)
                .body("idNumber", equalTo(id)).body("birthDate", equalTo(BIRTH.toString()));
        f.admin().get("/api/v1/candidates?campaignId=" + f.campaignId).then().body("items[0].birthDate", equalTo(BIRTH.toString()));
    }

    @Test
    void aDuplicateIdNumberNamesTheExistingRecordOnlyToThoseWhoMayReadIt() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String id = idNumber(LocalDate.of(1991, 7, 7), false);
        String existing = f.officer().body(named(f, f.village1, id)).post("/api/v1/candidates").then().statusCode(201)
                .extract().path("id");

        String refused = as("township-officer", f.township2).header("Accept-Language", "en").body(named(f, f.village3, id))
                .post("/api/v1/candidates").then().statusCode(409)
                .body("type", endsWith("/candidate-exists-elsewhere"))
                .body("$", not(hasKey("existingCandidateId")))
                .body("detail", equalTo("A person with this ID number is already registered in this county"))
                .extract().asString();
        assertFalse(refused.contains(existing), refused);
        f.officer().body(named(f, f.village2, id)).post("/api/v1/candidates").then().statusCode(409)
                .body("existingCandidateId", equalTo(existing));
        f.admin().body(named(f, f.village3, id)).post("/api/v1/candidates").then().statusCode(409)
                .body("existingCandidateId", equalTo(existing));

        String csv = "\uFEFF姓名,性别,民族,身份证号,联系电话,学历,政治面貌,工作年限,人员类别,产生渠道,储备类型,目标村代码,拟任岗位\n"
                + "王六,女,汉族,%s,13800000000,高中,群众,3,本土优秀青年,个人自荐,兼职,%s,村委会委员\n".formatted(id, f.village3);
        String report = as("township-officer", f.township2).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(201)
                .body("skipped", equalTo(1)).body("report[0].outcome", equalTo("SKIPPED"))
                .body("report[0].candidateId", nullValue()).body("report[0].errors[0].rule", equalTo("candidate-exists-elsewhere"))
                .extract().asString();
        assertFalse(report.contains(existing), report);
        f.officer().contentType("text/csv").body(csv.replace(f.village3, f.village1).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/campaigns/" + f.campaignId + "/roster-imports").then().statusCode(201)
                .body("report[0].candidateId", equalTo(existing));
    }

    @Test
    void aDuplicateKeyIsLoggedWithoutItsValues() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String candidate = f.officer().body(named(f, f.village1, idNumber(LocalDate.of(1993, 3, 3), true))).post("/api/v1/candidates")
                .then().statusCode(201).extract().path("id");
        String hash = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select id_number_hash from candidate where id = ?1").setParameter(1, UUID.fromString(candidate))
                .getSingleResult());
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLoggerName() != null && r.getLoggerName().startsWith("io.zonky")) {
                    // The test database server's own log, forwarded by the harness: not the service's (README, "Security").
                    return;
                }
                String text = r instanceof ExtLogRecord e ? e.getFormattedMessage() : r.getMessage();
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    text += " | " + t.getMessage();
                }
                synchronized (logged) {
                    logged.add(r.getLevel() + " " + r.getLoggerName() + ": " + text);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        RuntimeException failure;
        try {
            // The same person a second time, as a race between two registrations would store it.
            failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into candidate select (jsonb_populate_record(null::candidate, to_jsonb(c) || jsonb_build_object('id', "
                            + "gen_random_uuid()))).* from candidate c where c.id = ?1")
                    .setParameter(1, UUID.fromString(candidate)).executeUpdate()));
        } finally {
            root.removeHandler(capture);
        }
        List<String> seen;
        synchronized (logged) {
            seen = List.copyOf(logged);
        }
        assertTrue(seen.stream().anyMatch(l -> l.contains("23505") || l.contains("candidate_person_per_county")), seen.toString());
        assertTrue(seen.stream().noneMatch(l -> l.contains(hash)), seen.toString());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(hash), t.toString());
        }
    }
}
