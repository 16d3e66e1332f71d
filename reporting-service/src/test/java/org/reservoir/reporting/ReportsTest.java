package org.reservoir.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.infrastructure.testing.ReservoirTestResource;
import org.reservoir.infrastructure.testing.TestTokens;
import org.reservoir.reporting.RecruitmentFeed.Candidate;
import org.reservoir.reporting.application.Tallies;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.reservoir.reporting.RecruitmentFeed.region;
import static org.reservoir.reporting.RecruitmentFeed.send;

/**
 * The reports from recruitment-shaped events on the real topics (real PostgreSQL and Kafka): one county, two townships,
 * three villages, one campaign and candidates at every kind of stage, some delivered twice or out of order.
 */
@QuarkusTest
@QuarkusTestResource(ReservoirTestResource.class)
class ReportsTest {

    static final String COUNTY = RecruitmentFeed.newCounty();
    static final String T1 = RecruitmentFeed.township(COUNTY, 1);
    static final String T2 = RecruitmentFeed.township(COUNTY, 2);
    static final String V11 = RecruitmentFeed.village(T1, 1);
    static final String V12 = RecruitmentFeed.village(T1, 2);
    static final String V21 = RecruitmentFeed.village(T2, 1);
    static final LocalDate TODAY = LocalDate.now();
    static UUID campaign;
    static List<Candidate> candidates;
    static Candidate ageing;

    /** Once per class; in @BeforeEach because the test port is known only once the application runs. */
    @BeforeEach
    void feed() {
        if (candidates != null) {
            return;
        }
        region(COUNTY, "测试县", "COUNTY", null, 0);
        region(T1, "一镇", "TOWNSHIP", COUNTY, 0);
        region(T2, "二乡", "TOWNSHIP", COUNTY, 0);
        region(V11, "甲村", "VILLAGE", T1, 5);
        region(V12, "乙村", "VILLAGE", T1, 7);
        region(V21, "丙村", "VILLAGE", T2, 5);
        campaign = RecruitmentFeed.campaign(COUNTY, 45);
        Candidate pool = Candidate.of(campaign, V11, "PART_TIME", "IN_POOL").person(1990, "BACHELOR", "FEMALE", "汉族", "PARTY_MEMBER");
        Candidate secretary = Candidate.of(campaign, V11, "FULL_TIME", "PROBATION_PASSED")
                .person(1985, "JUNIOR_COLLEGE", "MALE", "回族", "PARTY_MEMBER").post("PARTY_SECRETARY", true).source("VETERAN", "ORGANISATION_RECOMMENDATION");
        ageing = Candidate.of(campaign, V11, "FULL_TIME", "ON_PROBATION").person(TODAY.getYear() - 45, "BACHELOR", "MALE", "汉族", "MASSES")
                .probation(TODAY.plusDays(3));
        Candidate young = Candidate.of(campaign, V12, "PART_TIME", "IN_POOL").person(1995, "SENIOR_HIGH", "FEMALE", "汉族", "YOUTH_LEAGUE")
                .source("LOCAL_YOUTH", "SELF_RECOMMENDATION");
        Candidate registered = Candidate.of(campaign, V12, "PART_TIME", "REGISTERED");
        Candidate left = Candidate.of(campaign, V21, "FULL_TIME", "ON_PROBATION").exited("ON_PROBATION", "MOVED_AWAY");
        Candidate vetoed = Candidate.of(campaign, V21, "PART_TIME", "JOINT_REVIEW_REJECTED");
        List<Candidate> fed = List.of(pool, secretary, ageing, young, registered, left, vetoed);
        // An earlier state of the pool reserve, a duplicate and a stale one after the newest: none may win.
        send(pool.status("REGISTERED", 0));
        fed.forEach(RecruitmentFeed::send);
        String duplicate = UUID.randomUUID().toString();
        send(pool.id().toString(), duplicate, pool.status("IN_POOL", 2));
        send(pool.id().toString(), duplicate, pool.status("IN_POOL", 2));
        send(pool.status("TOWNSHIP_APPROVED", 1));
        Poll.untilEquals("funnel candidates", fed.size(), Duration.ofSeconds(60),
                () -> report("funnel", "county-admin", COUNTY, Map.of()).getInt("figures.candidates"));
        // The stale event travels on the same key after the newest: once a later marker on that key shows, it was applied.
        Candidate marker = Candidate.of(campaign, V21, "PART_TIME", "REGISTERED");
        send(pool.id().toString(), UUID.randomUUID().toString(), marker);
        Poll.untilEquals("marker", fed.size() + 1, Duration.ofSeconds(60),
                () -> report("funnel", "county-admin", COUNTY, Map.of()).getInt("figures.candidates"));
        List<Candidate> all = new java.util.ArrayList<>(fed);
        all.add(marker);
        candidates = all;
    }

    static JsonPath report(String name, String role, String region, Map<String, ?> query) {
        return given().header("Authorization", TestTokens.bearer(role, region)).queryParams(query)
                .get("/api/v1/reports/" + name).then().statusCode(200).extract().jsonPath();
    }

    static boolean onBench(Candidate c) {
        return List.of("ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "NOT_ELECTED", "IN_POOL").contains(c.status());
    }

    @Test
    void structureCountsThePoolOfTheCallersRegionWithDrillDown() {
        List<Candidate> pool = candidates.stream().filter(ReportsTest::onBench).toList();
        JsonPath county = report("structure", "county-admin", COUNTY, Map.of());
        assertEquals(pool.size(), county.getInt("figures.reserves"));
        double averageAge = pool.stream().mapToInt(c -> TODAY.getYear() - c.birthYear()).average().orElseThrow();
        assertEquals(BigDecimal.valueOf(averageAge).setScale(1, RoundingMode.HALF_UP).doubleValue(), county.getDouble("figures.averageAge"), 1e-9);
        long college = pool.stream().filter(c -> List.of("JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORATE").contains(c.education())).count();
        assertEquals(BigDecimal.valueOf(college).divide(BigDecimal.valueOf(pool.size()), 3, RoundingMode.HALF_UP).doubleValue(),
                county.getDouble("figures.collegeOrAboveShare"), 1e-9);
        assertEquals(count(pool, c -> c.gender().equals("FEMALE")), county.getLong("figures.byGender.FEMALE"));
        assertEquals(count(pool, c -> c.ethnicity().equals("回族")), county.getLong("figures.byEthnicity.回族"));
        assertEquals(count(pool, c -> c.political().equals("YOUTH_LEAGUE")), county.getLong("figures.byPoliticalStatus.YOUTH_LEAGUE"));
        assertEquals(count(pool, c -> c.sourceGroup().equals("VETERAN")), county.getLong("figures.bySourceGroup.VETERAN"));
        assertEquals(count(pool, c -> c.channel().equals("SELF_RECOMMENDATION")), county.getLong("figures.byChannel.SELF_RECOMMENDATION"));
        assertEquals(count(pool, c -> c.track().equals("FULL_TIME")), county.getLong("figures.byTrack.FULL_TIME"));
        assertEquals(count(pool, c -> TODAY.getYear() - c.birthYear() == 45), county.getLong("figures.byAgeBand.FROM_45_TO_49"));
        assertEquals("测试县", county.getString("scope.name"));
        assertEquals(List.of(T1, T2), county.getList("children.code"));
        assertEquals(count(pool, c -> c.villageCode().startsWith(T1.substring(0, 9))), county.getLong("children[0].reserves"));
        assertEquals(0, county.getInt("children[1].reserves"));

        JsonPath township = report("structure", "township-officer", T1, Map.of());
        assertEquals(List.of(V11, V12), township.getList("children.code"));
        assertEquals(count(pool, c -> c.villageCode().equals(V12)), township.getLong("children[1].reserves"));

        JsonPath everyone = report("structure", "viewer", COUNTY, Map.of("population", "CANDIDATES", "campaignId", campaign.toString()));
        assertEquals(count(candidates, c -> !List.of("EXITED", "JOINT_REVIEW_REJECTED").contains(c.status())), everyone.getLong("figures.reserves"));
        assertEquals(campaign.toString(), everyone.getString("scope.campaignId"));
    }

    @Test
    void coverageComparesEveryVillageWithTheTarget() {
        JsonPath county = report("coverage", "viewer", COUNTY, Map.of());
        assertEquals(2, county.getInt("target.min"));
        assertEquals(3, county.getInt("target.max"));
        assertEquals(List.of(V11, V12, V21), county.getList("figures.villages.code"));
        for (int i = 0; i < 3; i++) {
            String v = county.getString("figures.villages[" + i + "].code");
            assertEquals(count(candidates, c -> onBench(c) && c.villageCode().equals(v)), county.getLong("figures.villages[" + i + "].reserves"), v);
            assertEquals(count(candidates, c -> onBench(c) && c.villageCode().equals(v) && c.track().equals("FULL_TIME")),
                    county.getLong("figures.villages[" + i + "].fullTime"), v);
        }
        assertEquals(List.of(V12, V21), county.getList("figures.villagesBelowTarget"));
        assertEquals(3, county.getInt("figures.total.villages"));
        assertEquals(count(candidates, ReportsTest::onBench), county.getLong("figures.total.reserves"));
        assertEquals(List.of(T1, T2), county.getList("figures.townships.code"));
        assertEquals(1, county.getInt("figures.townships[0].villagesBelowTarget"));

        JsonPath township = report("coverage", "township-officer", T2, Map.of());
        assertEquals(List.of(V21), township.getList("figures.villages.code"));
    }

    @Test
    void funnelPerCampaignAndAcrossCampaigns() {
        JsonPath across = report("funnel", "county-admin", COUNTY, Map.of());
        assertEquals(candidates.size(), across.getInt("figures.reached.REGISTERED"));
        assertEquals(count(candidates, c -> !List.of("REGISTERED").contains(c.status())), across.getLong("figures.reached.TOWNSHIP_APPROVED"));
        assertEquals(count(candidates, c -> List.of("IN_POOL", "ON_PROBATION", "PROBATION_PASSED").contains(c.status())
                || "ON_PROBATION".equals(c.exitedFrom())), across.getLong("figures.reached.ADMITTED"));
        assertEquals(count(candidates, c -> List.of("ON_PROBATION", "PROBATION_PASSED").contains(c.status())
                || "ON_PROBATION".equals(c.exitedFrom())), across.getLong("figures.reached.PROBATION"));
        assertEquals(0, across.getInt("figures.reached.ELECTED"));
        assertEquals(1, across.getInt("figures.dropOuts.VETOED_BY_DEPARTMENT"));
        assertEquals(1, across.getInt("figures.dropOuts.EXITED"));
        assertEquals(1, across.getInt("figures.exitsByReason.MOVED_AWAY"));
        assertEquals(List.of(campaign.toString()), across.getList("campaigns.campaignId"));
        assertEquals(candidates.size(), across.getInt("campaigns[0].figures.candidates"));

        JsonPath one = report("funnel", "township-officer", T2, Map.of("campaignId", campaign.toString()));
        assertEquals(count(candidates, c -> c.villageCode().equals(V21)), one.getLong("figures.candidates"));
    }

    @Test
    void readinessPerVillageWithTheVillagesNotReady() {
        JsonPath county = report("readiness", "county-admin", COUNTY, Map.of());
        assertEquals(17, county.getInt("figures.seats"));
        assertEquals(List.of(V12, V21), county.getList("figures.villagesNotReady"));
        assertEquals(true, county.getBoolean("figures.villagesList[0].ready"));
        assertEquals(1, county.getInt("figures.villagesList[0].oneShoulderCandidates"));
        assertEquals(1.0, county.getDouble("figures.villagesList[0].onPostShare"), 1e-9);
        assertEquals(List.of("NO_ONE_SHOULDER_CANDIDATE"), county.getList("figures.villagesList[1].gaps"));
        assertFalse(county.getMap("$").containsKey("notYetAvailable"));
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).get("/api/v1/reports/pending-sections").then().statusCode(404);
    }

    /** A county's per-village lists are paged and filtered; totals, townships and the lists of codes still cover every village. */
    @Test
    void perVillageListsArePagedWhileTheRollUpsCoverEveryVillage() {
        JsonPath coverage = report("coverage", "county-admin", COUNTY, Map.of("page", 1, "size", 2));
        assertEquals(List.of(V21), coverage.getList("figures.villages.code"));
        assertEquals(Map.of("page", 1, "size", 2, "total", 3), coverage.getMap("figures.villagesPage"));
        assertEquals(3, coverage.getInt("figures.total.villages"));
        assertEquals(List.of(T1, T2), coverage.getList("figures.townships.code"));
        List<String> below = coverage.getList("figures.villagesBelowTarget");
        assertEquals(below, report("coverage", "county-admin", COUNTY, Map.of("standing", "BELOW")).getList("figures.villages.code"));
        assertEquals(List.of(), report("coverage", "county-admin", COUNTY, Map.of("page", 5)).getList("figures.villages"));

        JsonPath readiness = report("readiness", "county-admin", COUNTY, Map.of("ready", false, "size", 1));
        assertEquals(List.of(V12), readiness.getList("figures.villagesList.code"));
        assertEquals(2, readiness.getLong("figures.villagesPage.total"));
        assertEquals(List.of(V12, V21), readiness.getList("figures.villagesNotReady"));
        assertEquals(List.of(T1, T2), readiness.getList("figures.townships.code"));
        assertEquals(2, readiness.getInt("figures.townships[0].villages"));
        assertEquals(1, readiness.getInt("figures.townships[0].villagesReady"));
        assertEquals(12, readiness.getInt("figures.townships[0].seats"));
        assertEquals(readiness.getLong("figures.reservesReady"),
                readiness.getLong("figures.townships[0].reservesReady") + readiness.getLong("figures.townships[1].reservesReady"));

        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).header("Accept-Language", "en").queryParam("size", 2001)
                .get("/api/v1/reports/coverage").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).queryParam("standing", "SOMEWHERE")
                .get("/api/v1/reports/coverage").then().statusCode(400);
    }

    /** Reports kept per watermark: 304 while nothing changed, the new figures (never the kept ones) once an event changed them. */
    @Test
    void keptReportsFollowTheProjectionsAndAnswerIfNoneMatch() {
        String county = RecruitmentFeed.newCounty();
        String township = RecruitmentFeed.township(county, 1);
        String village = RecruitmentFeed.village(township, 1);
        region(county, "缓存县", "COUNTY", null, 0);
        region(township, "缓存镇", "TOWNSHIP", county, 0);
        region(village, "缓存村", "VILLAGE", township, 5);
        UUID ownCampaign = RecruitmentFeed.campaign(county, 45);
        send(Candidate.of(ownCampaign, village, "PART_TIME", "IN_POOL"));
        Poll.untilEquals("first reserve", 1L, Duration.ofSeconds(60),
                () -> report("coverage", "county-admin", county, Map.of()).getLong("figures.total.reserves"));
        for (String name : List.of("coverage", "readiness", "structure")) {
            String etag = given().header("Authorization", TestTokens.bearer("county-admin", county)).get("/api/v1/reports/" + name)
                    .then().statusCode(200).extract().header("ETag");
            given().header("Authorization", TestTokens.bearer("county-admin", county)).header("If-None-Match", etag)
                    .get("/api/v1/reports/" + name).then().statusCode(304);
        }
        String before = given().header("Authorization", TestTokens.bearer("county-admin", county)).get("/api/v1/reports/coverage")
                .then().extract().header("ETag");

        send(Candidate.of(ownCampaign, village, "FULL_TIME", "PROBATION_PASSED"));
        Poll.untilEquals("second reserve", 2L, Duration.ofSeconds(60),
                () -> report("coverage", "county-admin", county, Map.of()).getLong("figures.total.reserves"));
        assertEquals(2, report("structure", "county-admin", county, Map.of()).getLong("figures.reserves"));
        assertEquals(2, report("readiness", "county-admin", county, Map.of()).getLong("figures.reservesReady"));
        given().header("Authorization", TestTokens.bearer("county-admin", county)).header("If-None-Match", before)
                .get("/api/v1/reports/coverage").then().statusCode(200).body("figures.villages[0].reserves", equalTo(2));
    }

    @Test
    void reportsAreScopedToTheCallersRegion() {
        given().header("Authorization", TestTokens.bearer("township-officer", T1)).queryParam("region", COUNTY)
                .get("/api/v1/reports/coverage").then().statusCode(403)
                .body("type", startsWith("https://reservoir.local/problems/out-of-jurisdiction"));
        given().header("Authorization", TestTokens.bearer("township-officer", T1)).queryParam("region", T2)
                .get("/api/v1/reports/structure").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("viewer", "652201000000")).queryParam("campaignId", campaign.toString())
                .get("/api/v1/reports/funnel").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).queryParam("campaignId", UUID.randomUUID().toString())
                .get("/api/v1/reports/funnel").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("mentor", COUNTY)).get("/api/v1/reports/coverage").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).header("Accept-Language", "en").queryParam("region", "12345")
                .get("/api/v1/reports/coverage").then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().header("Authorization", TestTokens.bearer("viewer", COUNTY)).header("Accept-Language", "en").queryParam("population", "ALL")
                .get("/api/v1/reports/structure").then().statusCode(400).body("errors[0].field", equalTo("population"));
        // Township officers see their township even when the report is asked without a region.
        JsonPath own = report("coverage", "township-officer", T1, Map.of());
        assertEquals(T1, own.getString("scope.code"));
    }

    @Inject
    EntityManager em;
    @Inject
    Tallies tallies;

    /** The tallies moved event by event (new, repeated, stale, exited snapshots above) equal those recomputed from the projection. */
    @Test
    void talliesMovedByEachSnapshotEqualTalliesRecomputed() {
        List<String> moved = QuarkusTransaction.requiringNew().call(this::countyTallies);
        assertFalse(moved.isEmpty());
        QuarkusTransaction.requiringNew().run(tallies::rebuild);
        assertEquals(moved, QuarkusTransaction.requiringNew().call(this::countyTallies));
        // A county's structure is summed from the tallies, a township's from its reserves: the county's child is the township's total.
        assertEquals(report("structure", "township-officer", T1, Map.of()).getLong("figures.reserves"),
                report("structure", "county-admin", COUNTY, Map.of()).getLong("children[0].reserves"));
    }

    @SuppressWarnings("unchecked")
    private List<String> countyTallies() {
        String like = COUNTY.substring(0, 6) + "%";
        List<String> rows = new java.util.ArrayList<>();
        em.createNativeQuery("""
                        select concat_ws('|', village_code, bench_full_time, bench_part_time, ready, elected, one_shoulder, one_shoulder_local,
                                         proposed, on_post) from village_tally
                        where village_code like ?1 and (bench_full_time, bench_part_time, ready, elected, one_shoulder, one_shoulder_local,
                                                        proposed, on_post) <> (0, 0, 0, 0, 0, 0, 0, 0) order by 1""")
                .setParameter(1, like).getResultList().forEach(r -> rows.add((String) r));
        em.createNativeQuery("""
                        select concat_ws('|', township_code, population, campaign_id, dimension, value, reserves) from structure_tally
                        where township_code like ?1 and reserves <> 0 order by 1""")
                .setParameter(1, like).getResultList().forEach(r -> rows.add((String) r));
        return rows;
    }

    static long count(List<Candidate> candidates, Predicate<Candidate> test) {
        return candidates.stream().filter(test).count();
    }
}
