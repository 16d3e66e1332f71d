package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 201 carries the ETag its OpenAPI document promises, so the first update needs no GET; and the answer to a
 * registration shows the ID number by the same rule as GET (the stored replay stays masked).
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class CreationAnswersTest {

    @Test
    void createdRegionsCampaignsAndCandidatesCarryTheirETag() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String village = f.township2.substring(0, 9) + "299";
        Response region = f.admin().body("{\"code\":\"" + village + "\",\"name\":\"新村\",\"villageType\":\"POOR\",\"committeeSeats\":5}")
                .post("/api/v1/regions");
        region.then().statusCode(201).header("ETag", equalTo("\"0\""));
        f.admin().header("If-Match", region.header("ETag")).body("{\"name\":\"更名村\"}").patch("/api/v1/regions/" + village)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));

        Response campaign = f.admin().body(f.campaignJson(f.county, 1, 1)).post("/api/v1/campaigns");
        campaign.then().statusCode(201).header("ETag", equalTo("\"0\""));
        f.admin().header("If-Match", campaign.header("ETag")).post("/api/v1/campaigns/" + campaign.path("id") + "/open")
                .then().statusCode(200);

        Response candidate = f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME",
                RecruitmentFixtures.idNumber(LocalDate.of(1991, 6, 1), true), "")).post("/api/v1/candidates");
        candidate.then().statusCode(201).header("ETag", equalTo("\"" + candidate.path("version") + "\""));
        f.officer().header("If-Match", candidate.header("ETag")).body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/candidates/" + candidate.path("id") + "/township-review").then().statusCode(200);
    }

    @Test
    void aCountyAdminSeesTheIdNumberItRegisteredAndAReplayStaysMasked() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String idNumber = RecruitmentFixtures.idNumber(LocalDate.of(1990, 2, 2), false);
        String body = f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber, "");
        String key = UUID.randomUUID().toString();
        Response first = f.admin().header("Idempotency-Key", key).body(body).post("/api/v1/candidates");
        first.then().statusCode(201).body("idNumber", equalTo(idNumber)).body("birthDate", equalTo("1990-02-02"));
        String id = first.path("id");
        f.admin().get("/api/v1/candidates/" + id).then().statusCode(200).body("idNumber", equalTo(idNumber));
        Response replay = f.admin().header("Idempotency-Key", key).body(body).post("/api/v1/candidates");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", equalTo(first.header("ETag")))
                .header("Content-Type", equalTo(first.header("Content-Type")))
                .body("id", equalTo(id)).body("idNumber", startsWith(idNumber.substring(0, 4)));
        assertEquals(-1, replay.asString().indexOf(idNumber), "the stored answer holds no full ID number");

        f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME",
                        RecruitmentFixtures.idNumber(LocalDate.of(1990, 3, 3), true), "")).post("/api/v1/candidates")
                .then().statusCode(201).body("idNumber", startsWith(idNumber.substring(0, 4))).body("idNumber", org.hamcrest.Matchers.containsString("*"));
    }
}
