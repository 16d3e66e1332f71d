package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.launcher.DemoApi.Reply;
import org.reservoir.launcher.DemoPlan.Person;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo data loaded through the public APIs only (no SQL, no hand-made event): Jimsar county (吉木萨尔县), whose 9
 * townships and 57 villages are the figures quoted in DOMAIN.md (village names are illustrative), then what
 * {@link DemoPlan} describes — the campaign evaluated by a panel, admissions, probation, elections, the mentoring
 * township, programmes, practice posts, the half-year appraisal and its proposals. Every step looks before it writes
 * or sends an Idempotency-Key, so loading twice changes nothing; waits for another context poll that context's API.
 */
public final class DemoData {

    public static final String COUNTY = "652327000000";
    static final String[][] TOWNSHIPS = {
            {"101", "吉木萨尔镇"}, {"102", "三台镇"}, {"103", "泉子街镇"}, {"104", "北庭镇"}, {"105", "二工镇"},
            {"106", "大有镇"}, {"201", "庆阳湖乡"}, {"202", "老台乡"}, {"203", "新地乡"}};
    static final String[] VILLAGE_STEMS = {"东湾", "西地", "南滩", "北沟", "上营", "下营", "红旗", "新华", "小鱼沟"};
    private static final String[] VILLAGE_TYPES = {"WEAK", "POOR", "COMPLEX", "INDUSTRY", "SPECIALISED"};
    /** Enough parallel requests to keep four services busy on two cores, few enough not to queue in their pools. */
    private static final int THREADS = 12;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private DemoData() {
    }

    /** The bulk-create body: the county, its townships, then 57 villages spread over them. */
    public static String regionsJson() {
        List<String> items = new ArrayList<>();
        items.add(region(COUNTY, "吉木萨尔县", null, 0, false));
        for (String[] t : TOWNSHIPS) {
            items.add(region("652327" + t[0] + "000", t[1], null, 0, false));
        }
        List<DemoPlan.Village> villages = DemoPlan.villages();
        for (int i = 0; i < villages.size(); i++) {
            DemoPlan.Village v = villages.get(i);
            items.add(region(v.code(), v.name(), VILLAGE_TYPES[i % VILLAGE_TYPES.length], v.seats(), v.onePerson()));
        }
        return "{\"regions\":[" + String.join(",", items) + "]}";
    }

    private static String region(String code, String name, String villageType, int seats, boolean onePerson) {
        StringBuilder sb = new StringBuilder("{\"code\":\"").append(code).append("\",\"name\":\"").append(name).append('"');
        if (villageType != null) {
            sb.append(",\"villageType\":\"").append(villageType).append('"')
                    .append(",\"committeeSeats\":").append(seats)
                    .append(",\"secretaryDirectorOnePerson\":").append(onePerson);
        }
        return sb.append('}').toString();
    }

    /** Loads the demo into the stack's services; returns a line for the console. */
    public static String load(Stack stack) {
        Map<String, String> urls = new LinkedHashMap<>();
        stack.services().forEach((name, s) -> urls.put(name, s.baseUrl()));
        return load(urls, stack.tokens());
    }

    public static String load(Map<String, String> baseUrls, DevTokens tokens) {
        long started = System.nanoTime();
        DemoApi api = new DemoApi(baseUrls, tokens);
        Reply regions = api.post("recruitment", "/api/v1/regions/bulk", api.admin(), regionsJson(), null, "demo-data-" + COUNTY);
        if (regions.status() != 200 && regions.status() != 201 && regions.status() != 409) {
            return "demo data NOT loaded (" + regions.status() + "): " + regions.body();
        }
        LocalDate today = LocalDate.now(CHINA);
        List<Person> people = DemoPlan.people(today);
        Queue failures = new Queue();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            DemoSelection selection = new DemoSelection(api, today);
            Map<Integer, String> ids = selection.candidateIds;
            DemoCultivation cultivation = new DemoCultivation(api, today, ids);
            DemoAppraisal appraisal = new DemoAppraisal(api, today, ids);
            Map<String, JsonNode> existing = selection.campaign(people);
            long writesBefore = api.writes.get();

            // Select: every candidate's own pipeline, in parallel; the plan and the programmes are made meanwhile.
            List<CompletableFuture<Void>> first = new ArrayList<>();
            first.add(failures.run(pool, "evaluation plan", selection::plan));
            first.add(failures.run(pool, "programmes", cultivation::prepare));
            for (Person p : people) {
                first.add(failures.run(pool, "candidate " + p.name(), () -> selection.run(p, existing.get(p.name()), cultivation::preEntry)));
            }
            CompletableFuture.allOf(first.toArray(CompletableFuture[]::new)).join();

            // Cultivate and manage: mentors and the cycle first, then pairs, courses, posts and grades in parallel.
            Set<String> exited = existing.values().stream().filter(c -> "EXITED".equals(c.path("status").asText()))
                    .map(c -> c.path("name").asText()).collect(Collectors.toSet());
            Function<Person, Boolean> known = p -> ids.containsKey(p.n());
            List<Person> mentored = people.stream().filter(Person::mentored).filter(known::apply).toList();
            List<Person> capacity = people.stream().filter(p -> "CAPACITY".equals(p.programme()) && p.fate().admitted()).filter(known::apply).toList();
            List<CompletableFuture<Void>> second = new ArrayList<>();
            failures.run(pool, "mentors", () -> cultivation.mentors(DemoPlan.villages().stream()
                    .filter(v -> v.township().equals(DemoPlan.MENTORING_TOWNSHIP)).toList())).join();
            failures.run(pool, "appraisal cycle", () -> appraisal.cycle((int) people.stream().filter(p -> p.fate().admitted()).count())).join();
            Map<Integer, Person> byNumber = people.stream().collect(Collectors.toMap(Person::n, p -> p));
            for (Person p : mentored) {
                if (!exited.contains(p.name())) {
                    second.add(failures.run(pool, "pair of " + p.name(), () -> cultivation.pair(p)));
                }
            }
            second.add(failures.run(pool, "mentoring days", () -> cultivation.mentoringDays(mentored.stream()
                    .filter(p -> !exited.contains(p.name())).toList())));
            second.add(failures.run(pool, "capacity course", () -> cultivation.capacityCourse(capacity)));
            for (DemoPlan.Post post : DemoPlan.POSTS) {
                second.add(failures.run(pool, "practice post " + post.kind(), () -> cultivation.practice(post, byNumber)));
            }
            second.add(failures.run(pool, "education upgrade", () -> cultivation.education(byNumber.get(DemoPlan.UPGRADED), true)));
            second.add(failures.run(pool, "education under way", () -> cultivation.education(byNumber.get(DemoPlan.STUDYING), false)));
            for (int n = 0; n < 5; n++) {
                Person p = byNumber.get(n);
                second.add(failures.run(pool, "development plan of " + p.name(), () -> cultivation.plan(p)));
            }
            for (Person p : people) {
                if (known.apply(p)) {
                    second.add(failures.run(pool, "appraisal of " + p.name(), () -> appraisal.grade(p)));
                }
            }
            CompletableFuture.allOf(second.toArray(CompletableFuture[]::new)).join();
            // Decided last: the accepted exit ends that reserve's mentor pair in training.
            failures.run(pool, "proposals", () -> appraisal.decide(people)).join();
            failures.run(pool, "reports", () -> awaitReports(api, people)).join();

            long writes = api.writes.get() - writesBefore;
            String took = String.format("%.1f s, %d requests", (System.nanoTime() - started) / 1e9, api.calls.get());
            if (!failures.isEmpty()) {
                return "demo data INCOMPLETE (" + took + "): " + failures.size() + " steps failed, first: " + failures.peek();
            }
            long candidates = people.size();
            return writes == 0 ? "demo data: already present (checked in " + took + ")"
                    : "demo data: county " + COUNTY + " (9 townships, 57 villages), " + candidates + " candidates of one campaign evaluated by a "
                    + DemoPlan.RATERS.size() + "-rater panel, " + people.stream().filter(p -> p.fate().admitted()).count() + " admitted, "
                    + DemoPlan.MENTORED + " mentor pairs, 3 programmes, " + DemoPlan.POSTS.size() + " practice posts, a half-year "
                    + "appraisal with proposals decided — loaded in " + took;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reporting learns everything from the events: wait (bounded) until its funnel counts every candidate and the cycle's grades. */
    private static void awaitReports(DemoApi api, List<Person> people) {
        String viewer = api.token("viewer", COUNTY, null, null);
        long graded = people.stream().filter(p -> p.grade() != null).count();
        DemoApi.poll("reporting to count the demo's candidates", Duration.ofMinutes(5),
                () -> api.get("reporting", "/api/v1/reports/funnel", viewer).body().path("figures").path("candidates").asLong(),
                n -> n >= people.size());
        DemoApi.poll("reporting to count the demo's grades", Duration.ofMinutes(5),
                () -> gradedIn(api.get("reporting", "/api/v1/reports/appraisal", viewer).body()), n -> n >= graded);
    }

    /** Graded appraisals in the appraisal report, over its cycles. */
    static long gradedIn(JsonNode report) {
        long sum = 0;
        for (JsonNode cycle : report.path("figures").path("cycles")) {
            sum += cycle.path("graded").asLong();
        }
        return sum;
    }

    /** The steps that failed, each with its reason; the others go on. */
    private static final class Queue extends ConcurrentLinkedQueue<String> {

        CompletableFuture<Void> run(ExecutorService pool, String what, Runnable step) {
            return CompletableFuture.runAsync(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    add(what + ": " + e.getMessage());
                    System.err.println("demo data: " + what + " failed: " + e.getMessage());
                }
            }, pool);
        }
    }
}
