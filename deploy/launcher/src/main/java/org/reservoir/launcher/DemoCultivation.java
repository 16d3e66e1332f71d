package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.launcher.DemoApi.Reply;
import org.reservoir.launcher.DemoPlan.Person;
import org.reservoir.launcher.DemoPlan.Programme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Cultivate (育) in the demo, through training-service's API: the county's yearly hours minimum, three programmes with
 * sessions in the past and roll calls (some reserves short of the minimum), the Yuguan-like township's mentors and 58
 * pairs with growth goals, monthly tasks, reports and feedback (four pairs hear nothing), practice posts (one in another
 * village), an education upgrade completed and one under way, and a few personal development plans (一人一策).
 */
final class DemoCultivation {

    private static final Duration PROPAGATION = Duration.ofMinutes(5);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final String[] MENTOR_NAMES = {"李志强", "马国栋", "王秀英", "张德明", "刘桂兰", "陈永福", "杨建华"};
    private static final String[] AREAS = {"POLITICAL_THEORY", "POLICY", "WRITING", "DISCIPLINE", "VILLAGE_WORK", "RURAL_REVITALISATION"};

    private final DemoApi api;
    private final LocalDate today;
    private final Map<Integer, String> ids;
    private final Map<Programme, List<String>> sessions = new EnumMap<>(Programme.class);
    private final Map<Programme, String> programmes = new EnumMap<>(Programme.class);
    private final Map<String, String> mentors = new LinkedHashMap<>();
    private final CompletableFuture<Void> prepared = new CompletableFuture<>();

    DemoCultivation(DemoApi api, LocalDate today, Map<Integer, String> ids) {
        this.api = api;
        this.today = today;
        this.ids = ids;
    }

    /** The hours minimum and the programmes with their sessions (found by title, or created). */
    void prepare() {
        try {
            int year = today.getYear();
            String requirement = "/api/v1/hours/requirements/" + DemoPlan.COUNTY + "/" + year;
            if (api.get("training", requirement, api.admin()).status() == 404) {
                api.put("training", requirement, api.admin(), Map.of("minimumHours", DemoPlan.REQUIRED_HOURS), null).expect(201, 200);
            }
            for (Programme p : Programme.values()) {
                String token = token(p);
                String id = null;
                for (JsonNode x : api.get("training", "/api/v1/programmes?size=500&year=" + year + "&kind=" + p.kind, token).expect(200)
                        .body().path("items")) {
                    if (p.title.equals(x.path("title").asText())) {
                        id = x.path("id").asText();
                    }
                }
                if (id == null) {
                    id = api.post("training", "/api/v1/programmes", token, Map.of("kind", p.kind, "title", p.title, "scopeCode", p.scope,
                            "year", year), null, "demo-programme-" + p.name() + "-" + year).expect(201, 200).text("id");
                }
                List<String> found = new ArrayList<>();
                api.get("training", "/api/v1/programmes/" + id + "/sessions?size=500", token).expect(200).body().path("items")
                        .forEach(s -> found.add(s.path("id").asText()));
                for (int s = found.size(); s < p.sessions; s++) {
                    // Oldest first, the order training lists them in: session s is the (s + 1)-th a reserve could attend.
                    LocalDate day = today.minusDays(1 + 9L * (p.sessions - 1 - s) + 3L * p.ordinal());
                    if (day.getYear() != year) {
                        day = LocalDate.of(year, 1, 2 + s);
                    }
                    OffsetDateTime start = OffsetDateTime.of(day, LocalTime.of(9, 0), CHINA);
                    found.add(api.post("training", "/api/v1/programmes/" + id + "/sessions", token, Map.of("startsAt", start.toString(),
                                    "endsAt", start.plusHours(p.hours()).plusMinutes(30).toString(), "place", p == Programme.MENTORING_DAY ? "镇党群服务中心" : "县委党校",
                                    "hours", p.hours(), "capacity", 200, "trainer", p == Programme.MENTORING_DAY ? "村党组织书记导师团" : "县委党校"), null,
                            "demo-session-" + id + "-" + s).expect(201, 200).text("id"));
                }
                sessions.put(p, found);
                programmes.put(p, id);
            }
            prepared.complete(null);
        } catch (RuntimeException e) {
            prepared.completeExceptionally(e);
            throw e;
        }
    }

    private String token(Programme p) {
        return p.scope.equals(DemoPlan.COUNTY) ? api.admin() : api.officer(p.scope);
    }

    /** A full-time reserve just admitted takes the pre-post training (before probation takes them off the bench). */
    void preEntry(Person p, String candidateId) {
        prepared.join();
        enrolAndRollCall(Programme.PRE_POST, List.of(p), "/enrolments", Map.of("candidateIds", List.of(candidateId)));
    }

    /** Enrols (waiting until training knows every reserve: the enrolment is all or none) and takes each session's roll call. */
    private void enrolAndRollCall(Programme programme, List<Person> people, String path, Map<String, Object> enrolment) {
        prepared.join();
        String programmeId = programmes.get(programme);
        String token = token(programme);
        if (programme != Programme.PRE_POST && api.get("training", "/api/v1/programmes/" + programmeId + "/enrolments?size=1", token).expect(200)
                .body().path("total").asLong() >= people.size()) {
            return;
        }
        DemoApi.poll("training to enrol " + people.size() + " reserves in " + programme.title, PROPAGATION, () -> {
            Reply r = api.post("training", "/api/v1/programmes/" + programmeId + path, token, enrolment, null, null);
            return r.status() == 201 || r.status() == 200 ? r.body().path("enrolled").size() + r.body().path("alreadyEnrolled").size() : -r.status();
        }, n -> n >= people.size());
        List<String> session = sessions.get(programme);
        for (int s = 0; s < session.size(); s++) {
            int index = s;
            List<String> present = people.stream().filter(p -> p.sessionsAttended() > index).map(p -> ids.get(p.n())).toList();
            if (!present.isEmpty()) {
                api.post("training", "/api/v1/sessions/" + session.get(s) + "/roll-call", token, Map.of("candidateIds", present), null, null)
                        .expect(200, 201);
            }
        }
    }

    /** The township's mentors: three per village, one of them the village's party secretary ("1+3": three reserves each). */
    void mentors(List<DemoPlan.Village> villages) {
        String officer = api.officer(DemoPlan.MENTORING_TOWNSHIP);
        for (JsonNode m : api.get("training", "/api/v1/mentors?size=500", officer).expect(200).body().path("items")) {
            mentors.put(m.path("personId").asText(), m.path("id").asText());
        }
        String[] kinds = {"VILLAGE_PARTY_SECRETARY", "COMMITTEE_MEMBER", "FIRST_SECRETARY"};
        for (int v = 0; v < villages.size(); v++) {
            for (int j = 0; j < 3; j++) {
                String person = mentorPerson(villages.get(v).code(), j);
                if (!mentors.containsKey(person)) {
                    String name = MENTOR_NAMES[(v * 3 + j) % MENTOR_NAMES.length].charAt(0) + "导师" + (v * 3 + j + 1);
                    mentors.put(person, api.post("training", "/api/v1/mentors", officer, Map.of("personId", person, "name", name,
                                    "kind", j == 2 && v % 2 == 1 ? "TOWNSHIP_CADRE" : kinds[j], "regionCode", villages.get(v).code(), "capacity", 3),
                            null, "demo-mentor-" + person).expect(201, 200).text("id"));
                }
            }
        }
    }

    static String mentorPerson(String village, int j) {
        return "mentor-" + village + "-" + (j + 1);
    }

    /** The reserve's mentor: the village's reserves are numbered n, n + 7, …; three to a mentor. */
    static int mentorIndex(Person p) {
        return (p.n() / 7) / 3;
    }

    /** One pair: started two months back, a growth goal, a task a month with report and feedback (none for a silent pair). */
    void pair(Person p) {
        String id = ids.get(p.n());
        String officer = api.officer(DemoPlan.MENTORING_TOWNSHIP);
        if (api.get("training", "/api/v1/mentorships?candidateId=" + id, officer).expect(200).body().path("total").asLong() > 0) {
            return;
        }
        String mentorPerson = mentorPerson(p.village(), mentorIndex(p));
        LocalDate starts = DemoPlan.pairMonths(today).get(0).atDay(1);
        Map<String, Object> start = Map.of("mentorId", mentors.get(mentorPerson), "candidateId", id, "startsOn", starts.toString(),
                "endsOn", starts.plusYears(1).minusDays(1).toString());
        String pair = DemoApi.poll("training to pair " + p.name(), PROPAGATION,
                () -> api.post("training", "/api/v1/mentorships", officer, start, null, null), r -> r.status() == 201).text("id");
        String mentor = api.token("mentor", p.village(), null, mentorPerson);
        String reserve = api.token("reserve", p.village(), null, id);
        api.post("training", "/api/v1/mentorships/" + pair + "/goals", mentor, Map.of("year", today.getYear(), "area", AREAS[p.n() % AREAS.length],
                "description", "熟悉村级事务流程，年内独立牵头一项为民服务事项"), null, "demo-goal-" + pair).expect(201, 200);
        if (p.silent()) {
            return;
        }
        List<YearMonth> months = DemoPlan.pairMonths(today);
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            Reply task = api.post("training", "/api/v1/mentorships/" + pair + "/tasks", mentor, Map.of("month", month.toString(),
                    "title", month.getMonthValue() + "月任务：" + (m == 0 ? "入户走访10户并记录民情" : m == 1 ? "协助调解一起邻里纠纷" : "起草村务公开材料"),
                    "dueOn", month.atEndOfMonth().toString()), null, "demo-task-" + pair + "-" + month).expect(201, 200);
            if (m < months.size() - 1) {
                String taskId = task.text("id");
                Reply reported = api.put("training", "/api/v1/me/tasks/" + taskId + "/report", reserve,
                        Map.of("text", "已按要求完成，附走访记录与照片"), task.etag()).expect(200);
                api.put("training", "/api/v1/mentorships/" + pair + "/tasks/" + taskId + "/feedback", mentor,
                        Map.of("text", "完成扎实，下月注意总结提炼", "rating", 3 + (p.n() + m) % 3), reported.etag()).expect(200);
            }
        }
    }

    /** The Yuguan-like township's monthly mentoring days, enrolled by rule (every reserve of the township). */
    void mentoringDays(List<Person> mentored) {
        enrolAndRollCall(Programme.MENTORING_DAY, mentored, "/enrolments", Map.of("townshipCode", DemoPlan.MENTORING_TOWNSHIP));
    }

    /** The county's capacity course for the part-time reserves of the other townships, enrolled by list. */
    void capacityCourse(List<Person> reserves) {
        enrolAndRollCall(Programme.CAPACITY, reserves, "/enrolments", Map.of("candidateIds", reserves.stream().map(p -> ids.get(p.n())).toList()));
    }

    void practice(DemoPlan.Post post, Map<Integer, Person> people) {
        Person p = people.get(post.n());
        String id = ids.get(p.n());
        if (api.get("training", "/api/v1/practice-assignments?candidateId=" + id, api.admin()).expect(200).body().path("total").asLong() > 0) {
            return;
        }
        String village = post.crossVillage() ? people.get(58).village() : p.village();
        LocalDate startOn = post.ended() ? today.minusDays(100) : today.minusDays(60);
        Map<String, Object> body = Map.of("candidateId", id, "postKind", post.kind(), "postVillageCode", village,
                "duties", post.crossVillage() ? "跨村任职：协助邻村处理村务" : "在村“两委”指导下开展日常工作", "startOn", startOn.toString(),
                "endOn", (post.ended() ? today.minusDays(10) : today.plusDays(120)).toString(), "supervisor", "村党组织书记");
        Reply r = DemoApi.poll("training to know " + p.name() + " for a practice post", PROPAGATION,
                () -> api.post("training", "/api/v1/practice-assignments", api.admin(), body, null, null), x -> x.status() == 201);
        String url = "/api/v1/practice-assignments/" + r.text("id");
        r = api.post("training", url + "/start", api.admin(), null, r.etag(), null).expect(200);
        if (post.ended()) {
            api.post("training", url + "/end", api.admin(), Map.of("evaluation", Map.of("grade", "EXCELLENT", "comment", "抗洪抢险中表现突出")),
                    r.etag(), null).expect(200);
        }
    }

    void education(Person p, boolean complete) {
        String id = ids.get(p.n());
        if (api.get("training", "/api/v1/education-records?candidateId=" + id, api.admin()).expect(200).body().path("total").asLong() > 0) {
            return;
        }
        Map<String, Object> body = Map.of("candidateId", id, "school", "新疆开放大学", "major", "行政管理", "targetLevel", "BACHELOR",
                "startedOn", today.minusYears(2).toString(), "expectedCompletion", (complete ? today : today.plusMonths(8)).toString());
        Reply r = DemoApi.poll("training to know " + p.name() + " for an education record", PROPAGATION,
                () -> api.post("training", "/api/v1/education-records", api.admin(), body, null, null), x -> x.status() == 201);
        if (complete) {
            api.post("training", "/api/v1/education-records/" + r.text("id") + "/complete", api.admin(),
                    Map.of("educationLevel", "BACHELOR", "completedOn", today.toString()), r.etag(), null).expect(200);
        }
    }

    /** 一人一策: a personal development plan. */
    void plan(Person p) {
        String path = "/api/v1/reserves/" + ids.get(p.n()) + "/plan";
        String officer = api.officer(DemoPlan.MENTORING_TOWNSHIP);
        if (api.get("training", path, officer).status() == 200) {
            return;
        }
        api.post("training", path, officer, Map.of("year", today.getYear(), "goals", List.of("两年内胜任村“两委”委员岗位", "提升群众工作能力"),
                "plannedTraining", List.of(Programme.MENTORING_DAY.title, "学历提升"), "plannedPracticePosts", List.of("网格员", "村务助理")),
                null, "demo-plan-" + ids.get(p.n())).expect(201, 200);
    }
}
