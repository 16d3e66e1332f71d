package org.reservoir.assessment.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.reservoir.assessment.persistence.CampaignProjection;
import org.reservoir.assessment.persistence.CandidateProjection;
import org.reservoir.infrastructure.testing.EventProbe;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * A county with one township, a campaign and vetted candidates as recruitment's events describe them (these are
 * recruitment's events, played into assessment's projections), and a five-rater panel of named assessors.
 */
final class AssessmentFixtures {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final AtomicInteger COUNTIES = new AtomicInteger(1);

    final String county;
    final String township;
    final String village;
    final UUID campaignId = UUID.randomUUID();
    final List<String> raters = new ArrayList<>();

    AssessmentFixtures() {
        county = String.format("6527%02d000000", 10 + COUNTIES.getAndIncrement());
        township = county.substring(0, 6) + "101000";
        village = township.substring(0, 9) + "201";
        for (int i = 1; i <= 5; i++) {
            raters.add("rater-" + i + "@" + township);
        }
        EventProbe.publish("recruitment.campaign.v1", campaignId.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.campaign.opened", campaignId.toString(), """
                        {"campaignId":"%s","name":"吉木萨尔县2026年村级后备力量招募","scopeCode":"%s","countyCode":"%s","status":"OPEN","version":1}"""
                        .formatted(campaignId, county, county));
        Poll.until("campaign " + campaignId + " projected", Duration.ofSeconds(30),
                () -> QuarkusTransaction.requiringNew().call(() -> CampaignProjection.findById(campaignId) != null));
    }

    /** A candidate recruitment has vetted, projected into assessment. */
    UUID vettedCandidate(String name) {
        UUID id = UUID.randomUUID();
        candidateEvent(id, name, "VETTED", 5);
        Poll.until("candidate " + id + " projected", Duration.ofSeconds(30),
                () -> QuarkusTransaction.requiringNew().call(() -> CandidateProjection.findById(id) != null));
        return id;
    }

    void candidateEvent(UUID id, String name, String status, long version) {
        EventProbe.publish("recruitment.candidate.v1", id.toString(), UUID.randomUUID().toString(),
                "reservoir.recruitment.candidate.status-changed", id.toString(), """
                        {"candidateId":"%s","campaignId":"%s","name":"%s","countyCode":"%s","townshipCode":"%s","villageCode":"%s",
                         "track":"FULL_TIME","status":"%s","version":%d}""".formatted(id, campaignId, name, county, township, village, status, version));
    }

    String planJson(int minRaters, String extraRater) {
        List<String> panel = new ArrayList<>(raters);
        if (extraRater != null) {
            panel.add(extraRater);
        }
        return """
                {"components":[{"component":"WRITTEN_TEST","weight":30,"maxScore":100},{"component":"INTERVIEW","weight":40,"maxScore":100},
                 {"component":"FIELD_VISIT","weight":30,"maxScore":100}],"passLine":60,"tieBreak":["INTERVIEW","WRITTEN_TEST"],
                 "criteriaTemplate":"three-highs-three-strengths","raters":[%s],"minRaters":%d,"trimFrom":5}"""
                .formatted(String.join(",", panel.stream().map(r -> "\"" + r + "\"").toList()), minRaters);
    }

    /** A 三高三强 sheet: political quality, education, standing, development, service, coordination. */
    static String sheet(int... s) {
        return """
                {"scores":{"political-quality":%d,"education":%d,"standing":%d,"development":%d,"service":%d,"coordination":%d}}"""
                .formatted(s[0], s[1], s[2], s[3], s[4], s[5]);
    }

    static RequestSpecification as(String role, String region) {
        return given().header("Authorization", TestTokens.bearer(role, region)).contentType(ContentType.JSON);
    }

    RequestSpecification admin() {
        return as("county-admin", county);
    }

    RequestSpecification rater(int i) {
        return given().header("Authorization", TestTokens.bearerAs(raters.get(i - 1), "assessor", township)).contentType(ContentType.JSON);
    }

    RequestSpecification assessor() {
        return as("assessor", township);
    }

    static String etag(io.restassured.response.Response r) {
        return r.getHeader("ETag");
    }
}
