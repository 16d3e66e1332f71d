package org.reservoir.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.reservoir.reporting.RecruitmentFeed.region;

/** A county admin sets its county's target with If-Match (Shangdu: at least 3); coverage follows it. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class CoverageTargetTest {

    @Test
    void aCountyAdminSetsItsTargetWithIfMatchAndCoverageFollows() {
        String county = RecruitmentFeed.newCounty();
        String t = RecruitmentFeed.township(county, 1);
        String v = RecruitmentFeed.village(t, 1);
        region(county, "商都县", "COUNTY", null, 0);
        region(t, "镇", "TOWNSHIP", county, 0);
        region(v, "村", "VILLAGE", t, 5);
        UUID campaign = RecruitmentFeed.campaign(county, null);
        List.of(Candidate.of(campaign, v, "PART_TIME", "IN_POOL"), Candidate.of(campaign, v, "PART_TIME", "IN_POOL"))
                .forEach(RecruitmentFeed::send);
        String admin = TestTokens.bearer("county-admin", county);
        Poll.untilEquals("bench", 2, Duration.ofSeconds(60), () -> given().header("Authorization", admin).get("/api/v1/reports/coverage")
                .then().extract().jsonPath().getInt("figures.total.reserves"));
        given().header("Authorization", admin).get("/api/v1/reports/coverage").then().statusCode(200)
                .body("figures.villages[0].standing", equalTo("WITHIN"));

        String path = "/api/v1/coverage-targets/" + county;
        given().header("Authorization", admin).get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("isDefault", equalTo(true)).body("min", equalTo(2)).body("max", equalTo(3));
        given().header("Authorization", admin).header("If-None-Match", "\"0\"").get(path).then().statusCode(304).header("ETag", "\"0\"");
        given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"min\":3}").put(path).then().statusCode(428);
        given().header("Authorization", admin).header("If-Match", "\"4\"").contentType(ContentType.JSON).body("{\"min\":3}").put(path)
                .then().statusCode(412);
        given().header("Authorization", TestTokens.bearer("township-officer", t)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"min\":3}").put(path).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("county-admin", "652201000000")).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("{\"min\":3}").put(path).then().statusCode(403)
                .body("type", startsWith("https://reservoir.local/problems/out-of-jurisdiction"));
        given().header("Authorization", admin).header("Accept-Language", "en").header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"min\":3,\"max\":2}").put(path).then().statusCode(422).body("errors[0].field", equalTo("max"));
        given().header("Authorization", admin).header("Accept-Language", "en").header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"min\":0}").put(path).then().statusCode(400).body("errors[0].field", equalTo("min"));
        given().header("Authorization", admin).header("Accept-Language", "en").header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"min\":3}").put("/api/v1/coverage-targets/" + t).then().statusCode(422).body("errors[0].field", equalTo("countyCode"));

        given().header("Authorization", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"min\":3}").put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("min", equalTo(3)).body("max", nullValue()).body("isDefault", equalTo(false));
        // A phone's copy of the default is stale now: the old tag gets the new target, the new tag a 304.
        given().header("Authorization", admin).header("If-None-Match", "\"0\"").get(path).then().statusCode(200).header("ETag", "\"1\"")
                .body("min", equalTo(3));
        given().header("Authorization", admin).header("If-None-Match", "W/\"1\"").get(path).then().statusCode(304);
        given().header("Authorization", TestTokens.bearer("county-admin", "652201000000")).header("If-None-Match", "\"1\"").get(path)
                .then().statusCode(403);
        given().header("Authorization", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"min\":4}").put(path)
                .then().statusCode(412);
        given().header("Authorization", admin).get("/api/v1/reports/coverage").then().statusCode(200)
                .body("target.min", equalTo(3)).body("target.max", nullValue())
                .body("figures.villages[0].standing", equalTo("BELOW")).body("figures.villagesBelowTarget", equalTo(List.of(v)));
    }
}
