package org.reservoir.systemtest;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reservoir.launcher.DemoData;
import org.reservoir.launcher.DemoPlan;
import org.reservoir.launcher.DemoPlan.Fate;
import org.reservoir.launcher.DemoPlan.Person;
import org.reservoir.infrastructure.testing.Poll;
import org.reservoir.launcher.Stack;
import org.reservoir.launcher.TestStacks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./reservoir up --demo}'s data on a packaged stack: loaded through the APIs, every report section and the
 * assessment and training views show what the demo sent — figures this test works out from {@link DemoPlan}, not read
 * back from the demo loader — and loading it a second time changes nothing.
 */
class DemoSystemTest {

    private static final String COUNTY = DemoPlan.COUNTY;
    private static Stack stack;

    @BeforeAll
    static void startStack() {
        stack = TestStacks.start("stack-demo", 4);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    private static RequestSpecification as(String role, String region, String service) {
        return given().baseUri(stack.service(service).baseUrl()).header("Authorization", "Bearer " + stack.tokens().issue(role, region));
    }

    private static JsonPath report(String name) {
        return as("viewer", COUNTY, "reporting").get("/api/v1/reports/" + name).then().statusCode(200).extract().jsonPath();
    }

    private static long count(List<Person> people, Predicate<Person> p) {
        return people.stream().filter(p).count();
    }

    @Test
    void everyReportAndViewShowsWhatTheDemoSent() {
        long started = System.nanoTime();
        String loaded = DemoData.load(stack);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("demo loaded in %.1f s: %s%n", seconds, loaded);
        assertTrue(loaded.startsWith("demo data: county"), loaded);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Person> people = DemoPlan.people(today);
        List<Person> bench = people.stream().filter(Person::inPool).toList();

        // Recruitment: every candidate of the campaign where the plan puts them.
        String campaign = as("county-admin", COUNTY, "recruitment").get("/api/v1/campaigns?size=500").jsonPath()
                .getString("items.find { it.name == '%s' }.id".formatted(DemoPlan.CAMPAIGN_NAME));
        List<Map<String, Object>> candidates = as("county-admin", COUNTY, "recruitment").get("/api/v1/candidates?size=500&campaignId=" + campaign)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(people.stream().collect(Collectors.groupingBy(p -> p.fate().status(), Collectors.counting())),
                candidates.stream().collect(Collectors.groupingBy(c -> (String) c.get("status"), Collectors.counting())));

        // Assessment: the panel's ranking (composite by the plan: 30/40/20/10, the interview the mean of the middle three sheets).
        JsonPath ranking = as("county-admin", COUNTY, "assessment").get("/api/v1/campaigns/" + campaign + "/ranking?size=500")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(count(people, p -> p.fate().evaluated()), ranking.getLong("total"));
        assertEquals(count(people, p -> p.fate().admitted()), ranking.getList("items.findAll { it.passed }").size());
        Person top = people.stream().filter(p -> p.fate().evaluated()).max((a, b) -> composite(a).compareTo(composite(b))).orElseThrow();
        assertEquals(composite(top).doubleValue(), ranking.getDouble("items[0].composite"), 0.011, "composite of " + top.name());

        // Assessment: the cycle, its grades and the proposals decided.
        String cycle = as("county-admin", COUNTY, "assessment").get("/api/v1/appraisal-cycles").jsonPath().getString("items[0].id");
        JsonPath appraisals = as("county-admin", COUNTY, "assessment").get("/api/v1/appraisals?size=500&cycleId=" + cycle).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(count(people, p -> p.fate().admitted()), appraisals.getLong("total"));
        assertEquals(count(people, p -> p.grade() != null), appraisals.getList("items.findAll { it.status == 'GRADED' }").size());
        JsonPath proposals = as("county-admin", COUNTY, "assessment").get("/api/v1/adjustment-proposals?size=500&cycleId=" + cycle).jsonPath();
        assertEquals(people.stream().filter(p -> p.proposalDecision() != null).collect(Collectors.groupingBy(Person::proposalDecision,
                Collectors.counting())), proposals.getList("items.status", String.class).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())));

        // Training: 58 pairs (the exited reserve's ended by itself), the shortfall list, practice posts.
        String officer = DemoPlan.MENTORING_TOWNSHIP;
        as("township-officer", officer, "training").get("/api/v1/mentorships?status=ACTIVE").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo((int) count(people, p -> p.mentored() && p.fate() != Fate.EXITED)));
        int year = today.getYear();
        long short_ = count(bench, p -> p.hours() < DemoPlan.REQUIRED_HOURS);
        as("county-admin", COUNTY, "training").get("/api/v1/hours/shortfalls?size=500&year=" + year).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo((int) short_));

        // Reporting, fed only by the events.
        JsonPath structure = report("structure");
        assertEquals(bench.size(), structure.getInt("figures.reserves"));
        assertEquals(bench.stream().mapToInt(p -> today.getYear() - p.birthDate().getYear()).average().orElseThrow(),
                structure.getDouble("figures.averageAge"), 0.05);
        Set<String> college = Set.of("JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTORATE");
        assertEquals((double) count(bench, p -> college.contains(p.education())) / bench.size(), structure.getDouble("figures.collegeOrAboveShare"),
                0.0005);
        assertEquals(count(bench, Person::female), structure.getLong("figures.byGender.FEMALE"));

        JsonPath coverage = report("coverage");
        for (DemoPlan.Village v : DemoPlan.villages()) {
            assertEquals(count(bench, p -> p.village().equals(v.code())),
                    coverage.getLong("figures.villages.find { it.code == '%s' }.reserves".formatted(v.code())), v.name());
        }
        assertTrue(!coverage.getList("figures.villagesBelowTarget").isEmpty(), "villages below target");

        JsonPath funnel = report("funnel");
        assertEquals(people.size(), funnel.getInt("figures.candidates"));
        assertEquals(count(people, p -> p.fate().admitted()), funnel.getLong("figures.reached.ADMITTED"));
        assertEquals(count(people, p -> Set.of(Fate.ELECTED, Fate.APPOINTED).contains(p.fate())), funnel.getLong("figures.reached.ELECTED"));
        assertEquals(count(people, p -> p.fate() == Fate.FAILED_EVALUATION), funnel.getLong("figures.dropOuts.FAILED_EVALUATION"));

        JsonPath cultivation = report("cultivation");
        assertEquals(count(people, p -> p.mentored() && p.fate() != Fate.EXITED), cultivation.getLong("figures.pairs.active"));
        assertEquals(count(people, p -> p.mentored() && p.fate() == Fate.EXITED), cultivation.getLong("figures.pairs.ended"));
        assertEquals(bench.size(), cultivation.getLong("figures.hours.reserves"));
        assertEquals(short_, cultivation.getLong("figures.hours.belowMinimum"));
        assertEquals(DemoPlan.POSTS.size() - 1, cultivation.getLong("figures.practice.active"));
        assertEquals(1, cultivation.getLong("figures.practice.ended"));
        assertEquals(1, cultivation.getLong("figures.practice.crossVillage"));
        assertTrue(!cultivation.getMap("figures.followUpsPerMonth").isEmpty(), "follow-ups per month");

        JsonPath appraisal = report("appraisal");
        assertEquals(count(people, p -> p.grade() != null), appraisal.getLong("figures.cycles[0].graded"));
        for (String grade : List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT")) {
            assertEquals(count(people, p -> grade.equals(p.grade())), appraisal.getLong("figures.cycles[0].byGrade." + grade), grade);
        }
        assertEquals(count(people, p -> p.proposalDecision() != null), appraisal.getLong("figures.proposals.total.made"));
        assertEquals(count(people, p -> "ACCEPTED".equals(p.proposalDecision())), appraisal.getLong("figures.proposals.total.accepted"));
        assertEquals(1, appraisal.getList("figures.keyCultivation").size());

        JsonPath readiness = report("readiness");
        assertEquals(DemoPlan.villages().stream().mapToInt(DemoPlan.Village::seats).sum(), readiness.getInt("figures.seats"));
        assertEquals(57, readiness.getInt("figures.villages"));

        // Growth archive (一人一档): a mentored reserve's goal and monthly tasks with their status now, a silent pair's goal only.
        Map<String, List<String>> idsByName = candidates.stream().collect(Collectors.groupingBy(c -> (String) c.get("name"),
                Collectors.mapping(c -> (String) c.get("id"), Collectors.toList())));
        Predicate<Person> named = p -> idsByName.get(p.name()).size() == 1;
        List<YearMonth> months = DemoPlan.pairMonths(today);
        Person busy = people.stream().filter(p -> p.mentored() && !p.silent() && p.fate() != Fate.EXITED).filter(named).findFirst().orElseThrow();
        JsonPath archive = Poll.until("the goal and tasks of " + busy.name() + " in the archive", Duration.ofSeconds(60),
                () -> as("county-admin", COUNTY, "reporting").get("/api/v1/reserves/" + idsByName.get(busy.name()).get(0) + "/archive").jsonPath(),
                a -> a.getList("timeline") != null && a.getList("timeline.findAll { it.kind == 'MONTHLY_TASK' }").size() == months.size());
        assertEquals(1, archive.getList("timeline.findAll { it.kind == 'GROWTH_GOAL' }").size());
        assertEquals(months.stream().map(YearMonth::toString).toList(), archive.getList("timeline.findAll { it.kind == 'MONTHLY_TASK' }.facts.month"));
        assertEquals(List.of("REVIEWED", "REVIEWED", "OPEN"), archive.getList("timeline.findAll { it.kind == 'MONTHLY_TASK' }.facts.status"));
        Person quiet = people.stream().filter(p -> p.silent() && p.fate() != Fate.EXITED).filter(named).findFirst().orElseThrow();
        JsonPath silent = Poll.until("the goal of " + quiet.name() + " in the archive", Duration.ofSeconds(60),
                () -> as("county-admin", COUNTY, "reporting").get("/api/v1/reserves/" + idsByName.get(quiet.name()).get(0) + "/archive").jsonPath(),
                a -> a.getList("timeline") != null && a.getList("timeline.findAll { it.kind == 'GROWTH_GOAL' }").size() == 1);
        assertEquals(0, silent.getList("timeline.findAll { it.kind == 'MONTHLY_TASK' }").size());

        List<String> alerts = as("viewer", COUNTY, "reporting").get("/api/v1/alerts?size=500").then().statusCode(200).extract().jsonPath()
                .getList("items.kind");
        assertTrue(alerts.containsAll(List.of("VILLAGE_BELOW_TARGET", "PROBATION_ENDING", "AGE_LIMIT_APPROACHING")), alerts.toString());

        // A second load finds everything in place and writes nothing.
        String again = DemoData.load(stack);
        assertTrue(again.startsWith("demo data: already present"), again);
        assertEquals(people.size(), as("county-admin", COUNTY, "recruitment").get("/api/v1/candidates?size=1&campaignId=" + campaign)
                .jsonPath().getInt("total"));
    }

    /** The composite the plan's scores give: each component's weight × score / max, the interview trimmed; HALF_UP, 2 places. */
    static BigDecimal composite(Person p) {
        int[] totals = new int[DemoPlan.RATERS.size()];
        for (int r = 0; r < totals.length; r++) {
            totals[r] = Arrays.stream(p.sheet(r)).sum();
        }
        Arrays.sort(totals);
        BigDecimal interview = BigDecimal.valueOf(totals[1] + totals[2] + totals[3]).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        BigDecimal votes = BigDecimal.valueOf(p.votesFor() * 100L).divide(BigDecimal.valueOf(Person.VOTES_TOTAL), 10, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(p.writtenTest()).multiply(BigDecimal.valueOf(30))
                .add(interview.multiply(BigDecimal.valueOf(40)))
                .add(BigDecimal.valueOf(p.fieldVisit()).multiply(BigDecimal.valueOf(20)))
                .add(votes.multiply(BigDecimal.valueOf(10)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
