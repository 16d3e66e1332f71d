package org.reservoir.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.reservoir.reporting.RecruitmentFeed.region;

/** A projection rebuilt from the compacted topics equals the live one, row for row. */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ProjectionRebuildTest {

    private static final String NATIONAL = "000000000000";

    @Inject
    EntityManager em;

    @Test
    void theRebuiltProjectionEqualsTheLiveOne() {
        String county = RecruitmentFeed.newCounty();
        String t = RecruitmentFeed.township(county, 1);
        String v = RecruitmentFeed.village(t, 1);
        region(county, "县", "COUNTY", null, 0);
        region(t, "镇", "TOWNSHIP", county, 0);
        region(v, "村", "VILLAGE", t, 5);
        UUID campaign = RecruitmentFeed.campaign(county, 45);
        Candidate a = Candidate.of(campaign, v, "FULL_TIME", "ON_PROBATION").probation(LocalDate.of(2026, 12, 1));
        Candidate b = Candidate.of(campaign, v, "PART_TIME", "IN_POOL").person(1980, null, "FEMALE", "回族", "MASSES");
        RecruitmentFeed.send(a.status("REGISTERED", 0));
        RecruitmentFeed.send(a);
        RecruitmentFeed.send(b);
        RecruitmentFeed.send(b.exited("IN_POOL", "WITHDREW"));
        RecruitmentFeed.send(a.status("TOWNSHIP_APPROVED", 1));
        String admin = TestTokens.bearer("county-admin", county);
        // Absent (null) until the exit is applied: polled as a value, not read as a long.
        Poll.untilEquals("live projection", 1, Duration.ofSeconds(60), () -> given().header("Authorization", admin)
                .get("/api/v1/reports/funnel").then().extract().jsonPath().<Integer>get("figures.dropOuts.EXITED"));
        // The stale TOWNSHIP_APPROVED came last on a's key; the marker behind it shows it was consumed.
        Candidate marker = Candidate.of(campaign, v, "PART_TIME", "REGISTERED");
        RecruitmentFeed.send(a.id().toString(), UUID.randomUUID().toString(), marker);
        Poll.untilEquals("marker", 3, Duration.ofSeconds(60), () -> given().header("Authorization", admin)
                .get("/api/v1/reports/funnel").then().extract().jsonPath().getInt("figures.candidates"));

        List<String> live = rows(county);
        assertEquals(3 + 3 + 1, live.size(), String.join("\n", live));

        given().header("Authorization", TestTokens.bearer("county-admin", county)).post("/api/v1/projection-rebuilds").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("service", county)).post("/api/v1/projection-rebuilds").then().statusCode(403);
        String location = given().header("Authorization", TestTokens.bearer("service", NATIONAL)).post("/api/v1/projection-rebuilds")
                .then().statusCode(202).extract().header("Location");
        Poll.untilEquals("rebuild", "FINISHED", Duration.ofSeconds(120), () -> given()
                .header("Authorization", TestTokens.bearer("service", NATIONAL)).get(location).then().statusCode(200)
                .extract().jsonPath().getString("status"));
        List<String> rebuilt = rows(county);
        assertEquals(live, rebuilt);
        assertFalse(rebuilt.stream().anyMatch(r -> r.contains("TOWNSHIP_APPROVED")), "the newest version won again");
        given().header("Authorization", TestTokens.bearer("service", NATIONAL)).get("/api/v1/projection-rebuilds/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    /** Every projection row of the county, every column but updated_at, in a stable order. */
    private List<String> rows(String county) {
        String prefix = county.substring(0, 6) + "%";
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> out = new java.util.ArrayList<>();
            out.addAll(strings(em.createNativeQuery("select code, name, level, parent_code, village_type, committee_seats,"
                    + " secretary_director_one_person, active, version from region_projection where code like ?1 order by code")
                    .setParameter(1, prefix).getResultList()));
            out.addAll(strings(em.createNativeQuery("select campaign_id, name, scope_code, county_code, status, full_time_quota,"
                    + " part_time_quota, probation_months, max_age, version from campaign_projection where county_code like ?1 order by campaign_id")
                    .setParameter(1, prefix).getResultList()));
            out.addAll(strings(em.createNativeQuery("select candidate_id, campaign_id, county_code, township_code, village_code, track, status,"
                    + " target_post, gender, birth_year, education_level, political_status, ethnicity, local_talent, source_group, channel,"
                    + " elected_posts, exit_reason, exited_from, probation_start, probation_planned_end, version from candidate_projection"
                    + " where county_code like ?1 order by candidate_id").setParameter(1, prefix).getResultList()));
            return out;
        });
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(r -> Arrays.toString((Object[]) r)).toList();
    }
}
