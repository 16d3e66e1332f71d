package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** A campaign's history is readable page by page, oldest first, by those who may read the campaign. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class CampaignHistoryTest {

    @Test
    void creationOpeningAndClosingAreListedOldestFirst() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        f.admin().header("If-Match", "\"1\"").post("/api/v1/campaigns/" + f.campaignId + "/close").then().statusCode(200);
        String history = "/api/v1/campaigns/" + f.campaignId + "/history";

        f.officer().get(history).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", equalTo(List.of("CREATE", "OPEN", "CLOSE")))
                .body("items[0].fromStatus", nullValue())
                .body("items[0].toStatus", equalTo("DRAFT"))
                .body("items[1].fromStatus", equalTo("DRAFT"))
                .body("items[1].toStatus", equalTo("OPEN"))
                .body("items[2].toStatus", equalTo("CLOSED"))
                .body("items[2].actorRole", equalTo("county-admin"));
        f.admin().queryParam("page", 1).queryParam("size", 2).get(history).then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("items", hasSize(1))
                .body("items[0].action", equalTo("CLOSE"));
    }

    @Test
    void unreadableOrUnknownCampaignsAreNotFound() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        RecruitmentFixtures.as("county-admin", "659996000000").get("/api/v1/campaigns/" + f.campaignId + "/history").then().statusCode(404);
        f.admin().get("/api/v1/campaigns/" + UUID.randomUUID() + "/history").then().statusCode(404);
        f.admin().queryParam("size", 501).get("/api/v1/campaigns/" + f.campaignId + "/history").then().statusCode(400);
    }
}
