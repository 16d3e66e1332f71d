package org.reservoir.recruitment.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.ReservoirTestResource;

import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reservoir.recruitment.api.RecruitmentFixtures.as;
import static org.reservoir.recruitment.api.RecruitmentFixtures.idNumber;

/** Leftovers found by probing the running stack after the hardening of issue 6. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ProbeFindingsTest {

    /** The birth-date order of people of one age gives away part of a birth date those callers may not see. */
    @Test
    void onlyCallersWhoSeeBirthDatesMaySortByThem() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String older = register(f, LocalDate.of(1990, 1, 2));
        String younger = register(f, LocalDate.of(1990, 1, 9));
        String list = "/api/v1/candidates?campaignId=" + f.campaignId + "&sort=";
        // A fresh request each time: a reused specification keeps the previous query's parameters (sort sent twice).
        List<java.util.function.Supplier<RequestSpecification>> callers = List.of(f::officer, () -> as("viewer", f.county),
                () -> as("reviewer", f.county), () -> as("assessor", f.county), () -> as("service", f.county));
        for (var caller : callers) {
            for (String sort : new String[]{"birthDate", "-birthDate"}) {
                caller.get().header("Accept-Language", "en").get(list + sort).then().statusCode(400)
                        .contentType(containsString("application/problem+json"))
                        .body("errors[0].field", equalTo("sort")).body("errors[0].rule", equalTo("sort-birth-date-restricted"))
                        .body("errors[0].message", containsString("birth date"));
            }
        }
        as("viewer", f.county).get(list + "-registeredAt").then().statusCode(200).body("items.id", contains(younger, older));
        f.admin().get(list + "birthDate").then().statusCode(200).body("items.id", contains(older, younger));
        f.admin().get(list + "-birthDate").then().statusCode(200).body("items.id", contains(younger, older));
    }

    /** A legal floor of 18 applies whatever the campaign says, so the request may not claim a lower one. */
    @Test
    void campaignAgeBoundsStartAtTheLegalFloor() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        for (String bounds : new String[]{"\"minAge\":16,\"maxAge\":45", "\"minAge\":17,\"maxAge\":45", "\"maxAge\":17"}) {
            String field = bounds.startsWith("\"minAge\"") ? "eligibility.minAge" : "eligibility.maxAge";
            f.admin().body(f.campaignJson(f.county, 2, 5).replace("\"minAge\":18,\"maxAge\":45", bounds)).post("/api/v1/campaigns")
                    .then().statusCode(400).body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo("Min"));
        }
        f.admin().body(f.campaignJson(f.county, 2, 5)).post("/api/v1/campaigns").then().statusCode(201).body("eligibility.minAge", equalTo(18));
        Number documented = as("service", f.county).get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("components.schemas.EligibilityRuleSet.properties.minAge.minimum");
        assertEquals(18, documented.intValue());
    }

    /** A refused enum value is quoted back in the error, but never more than a short excerpt of it. */
    @Test
    void anUnknownEnumValueIsQuotedOnlyInPart() {
        RecruitmentFixtures f = new RecruitmentFixtures();
        String huge = "x".repeat(200_000);
        String body = f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(LocalDate.of(1991, 4, 1), true), "")
                .replace("\"track\":\"PART_TIME\"", "\"track\":\"" + huge + "\"");
        String answer = f.officer().header("Accept-Language", "en").body(body).post("/api/v1/candidates").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("track")).body("errors[0].rule", equalTo("enum"))
                .body("errors[0].message", containsString("x".repeat(40) + "…")).body("errors[0].message", containsString("PART_TIME"))
                .extract().asString();
        assertTrue(answer.length() < 2_000, answer.length() + " characters");
        String campaign = f.campaignJson(f.county, 2, 5).replace("\"fullTimeQuota\"", "\"sourceGroups\":[\"" + huge + "\"],\"fullTimeQuota\"");
        answer = f.admin().body(campaign).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("sourceGroups[0]")).body("errors[0].rule", equalTo("enum")).extract().asString();
        assertTrue(answer.length() < 2_000, answer.length() + " characters");
    }

    private static String register(RecruitmentFixtures f, LocalDate birth) {
        return f.officer().body(f.registration(f.village1, "COMMITTEE_MEMBER", "PART_TIME", idNumber(birth, true), ""))
                .post("/api/v1/candidates").then().statusCode(201).extract().path("id");
    }
}
