package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.launcher.DemoApi.Reply;
import org.reservoir.launcher.DemoPlan.Fate;
import org.reservoir.launcher.DemoPlan.Person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Select (选) in the demo: Jimsar's campaign in recruitment, each candidate through the township's and the joint review,
 * a five-rater panel in assessment (written test, 三高三强 interview sheets, field visit, democratic recommendation,
 * sealing), admission, and for the full-time track pre-post training, probation, election and appointment. Driven by
 * each candidate's current status, so a second run only does what is missing.
 */
final class DemoSelection {

    private static final Duration PROPAGATION = Duration.ofMinutes(5);
    private static final List<String> DEPARTMENTS = List.of("discipline", "police");

    private final DemoApi api;
    private final LocalDate today;
    final Map<Integer, String> candidateIds = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> planned = new CompletableFuture<>();
    private String campaignId;

    DemoSelection(DemoApi api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    String campaignId() {
        return campaignId;
    }

    /** The campaign (found by name, or created and opened) and the candidates it already has, by name. */
    Map<String, JsonNode> campaign(List<Person> people) {
        JsonNode found = null;
        for (JsonNode c : api.get("recruitment", "/api/v1/campaigns?size=500", api.admin()).expect(200).body().path("items")) {
            if (DemoPlan.CAMPAIGN_NAME.equals(c.path("name").asText())) {
                found = c;
            }
        }
        if (found == null) {
            List<Map<String, String>> vacancies = new ArrayList<>();
            people.stream().filter(Person::fullTime).forEach(p -> vacancies.add(Map.of("villageCode", p.village(), "post", p.post())));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", DemoPlan.CAMPAIGN_NAME);
            body.put("scopeCode", DemoPlan.COUNTY);
            body.put("startsOn", today.minusDays(150).toString());
            body.put("endsOn", today.plusDays(60).toString());
            body.put("vacancies", vacancies);
            body.put("fullTimeQuota", DemoPlan.FULL_TIME);
            body.put("partTimeQuota", 140);
            body.put("eligibility", Map.of("minAge", 18, "maxAge", 45, "requireFitForDuty", true));
            body.put("probationMonths", 1);
            found = api.post("recruitment", "/api/v1/campaigns", api.admin(), body, null, "demo-campaign-" + DemoPlan.COUNTY).expect(201, 200).body();
        }
        campaignId = found.path("id").asText();
        if ("DRAFT".equals(found.path("status").asText())) {
            api.post("recruitment", "/api/v1/campaigns/" + campaignId + "/open", api.admin(), null, DemoApi.etag(found.path("version").asLong()), null)
                    .expect(200);
        }
        Map<String, JsonNode> byName = new ConcurrentHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("recruitment", "/api/v1/candidates?campaignId=" + campaignId + "&size=500&page=" + page, api.admin())
                    .expect(200).body().path("items");
            items.forEach(c -> byName.put(c.path("name").asText(), c));
            if (items.size() < 500) {
                return byName;
            }
        }
    }

    /** The evaluation plan: the four components, the 三高三强 sheet, the panel of five named raters (once assessment knows the campaign). */
    void plan() {
        try {
            createPlan();
            planned.complete(null);
        } catch (RuntimeException e) {
            planned.completeExceptionally(e);
            throw e;
        }
    }

    private void createPlan() {
        String path = "/api/v1/campaigns/" + campaignId + "/evaluation-plan";
        if (api.get("assessment", path, api.admin()).status() == 200) {
            return;
        }
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("components", List.of(Map.of("component", "WRITTEN_TEST", "weight", 30, "maxScore", 100),
                Map.of("component", "INTERVIEW", "weight", 40, "maxScore", 100), Map.of("component", "FIELD_VISIT", "weight", 20, "maxScore", 100),
                Map.of("component", "DEMOCRATIC_RECOMMENDATION", "weight", 10, "maxScore", 100)));
        plan.put("passLine", 60);
        plan.put("tieBreak", List.of("INTERVIEW", "WRITTEN_TEST"));
        plan.put("criteriaTemplate", "three-highs-three-strengths");
        plan.put("raters", DemoPlan.RATERS);
        plan.put("minRaters", 5);
        plan.put("trimFrom", 5);
        DemoApi.poll("assessment to know the campaign", PROPAGATION,
                () -> api.post("assessment", path, api.admin(), plan, null, null).status(), s -> s == 201 || s == 409);
    }

    /** One candidate from registration to the fate the plan gives them; {@code preEntry} runs once a full-time reserve is ADMITTED. */
    void run(Person p, JsonNode existing, java.util.function.BiConsumer<Person, String> preEntry) {
        String township = p.township();
        String id;
        String etag;
        String status;
        if (existing == null) {
            Reply r = api.post("recruitment", "/api/v1/candidates", api.officer(township), registration(p), null, "demo-candidate-" + p.idNumber())
                    .expect(201, 200);
            id = r.text("id");
            etag = r.etag();
            status = r.text("status");
        } else {
            id = existing.path("id").asText();
            Reply r = api.get("recruitment", "/api/v1/candidates/" + id, api.admin()).expect(200);
            etag = r.etag();
            status = r.text("status");
        }
        candidateIds.put(p.n(), id);
        Fate fate = p.fate();
        while (true) {
            Reply r = switch (status) {
                case "REGISTERED" -> fate == Fate.REGISTERED ? null : fate == Fate.TOWNSHIP_REJECTED
                        ? step(id, "/township-review", api.officer(township), Map.of("decision", "REJECT", "reason", "群众评议意见较多，暂缓推荐"), etag)
                        : step(id, "/township-review", api.officer(township), Map.of("decision", "APPROVE"), etag);
                case "TOWNSHIP_APPROVED" -> step(id, "/joint-review", api.admin(), Map.of("departments", DEPARTMENTS), etag);
                case "IN_JOINT_REVIEW" -> verdicts(p, id, etag);
                case "VETTED" -> {
                    evaluate(p, id);
                    yield DemoApi.poll("recruitment to apply the evaluation of " + p.name(), PROPAGATION,
                            () -> api.get("recruitment", "/api/v1/candidates/" + id, api.admin()), x -> !"VETTED".equals(x.text("status")));
                }
                case "EVALUATED" -> step(id, "/admission", api.admin(), Map.of("decision", "ADMIT"), etag);
                case "ADMITTED" -> {
                    preEntry.accept(p, id);
                    yield step(id, "/probation", api.officer(township), Map.of("start", probationStart(fate).toString()), etag);
                }
                case "ON_PROBATION" -> fate == Fate.ON_PROBATION || fate == Fate.PROBATION_ENDING ? null
                        : step(id, "/probation/outcome", api.officer(township), Map.of("passed", true), etag);
                case "PROBATION_PASSED" -> fate == Fate.PROBATION_PASSED ? null : fate == Fate.NOT_ELECTED
                        ? step(id, "/election", api.admin(), Map.of("elected", false, "reason", "换届选举中未当选"), etag)
                        : step(id, "/election", api.admin(), Map.of("elected", true, "posts", p.post().equals("PARTY_SECRETARY")
                        ? List.of("PARTY_SECRETARY", "COMMITTEE_DIRECTOR") : List.of("COMMITTEE_MEMBER")), etag);
                case "ELECTED" -> fate == Fate.APPOINTED ? step(id, "/appointment", api.admin(), Map.of(), etag) : null;
                default -> null;
            };
            if (r == null) {
                return;
            }
            etag = r.etag();
            status = r.text("status");
        }
    }

    private Reply step(String id, String path, String token, Object body, String etag) {
        return api.post("recruitment", "/api/v1/candidates/" + id + path, token, body, etag, null).expect(200);
    }

    /** The departments' verdicts still missing; a vetoed candidate is vetoed by the police (一票否决). */
    private Reply verdicts(Person p, String id, String etag) {
        Reply r = null;
        for (String department : DEPARTMENTS) {
            String token = api.token("reviewer", DemoPlan.COUNTY, department, null);
            boolean veto = p.fate() == Fate.VETOED && department.equals("police");
            r = api.post("recruitment", "/api/v1/candidates/" + id + "/joint-review/verdicts", token,
                    veto ? Map.of("verdict", "VETO", "reason", "存在涉黑涉恶线索，一票否决") : Map.of("verdict", "PASS"), etag, null);
            if (r.status() == 409 || r.status() == 412) {
                r = api.get("recruitment", "/api/v1/candidates/" + id, api.admin());
            }
            r.expect(200);
            etag = r.etag();
            if (!"IN_JOINT_REVIEW".equals(r.text("status"))) {
                break;
            }
        }
        return r;
    }

    private LocalDate probationStart(Fate fate) {
        return switch (fate) {
            case ON_PROBATION -> today.minusDays(5);
            // One month's probation ends in three days: the probation-ending alert.
            case PROBATION_ENDING -> today.minusMonths(1).plusDays(3);
            default -> today.minusMonths(3);
        };
    }

    private Map<String, Object> registration(Person p) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("campaignId", campaignId);
        b.put("villageCode", p.village());
        b.put("targetPost", p.post());
        b.put("track", p.track());
        b.put("name", p.name());
        b.put("ethnicity", p.ethnicity());
        b.put("idNumber", p.idNumber());
        b.put("phone", "1389927" + String.format("%04d", p.n()));
        b.put("educationLevel", p.education());
        b.put("politicalStatus", p.political());
        if (p.political().equals("PARTY_MEMBER")) {
            b.put("partyJoinDate", p.birthDate().plusYears(21).toString());
        } else if (p.political().equals("PROBATIONARY_MEMBER")) {
            b.put("partyJoinDate", today.minusMonths(4).toString());
        }
        b.put("workYears", 2 + p.n() % 15);
        b.put("fitForDuty", true);
        b.put("local", p.n() % 9 != 4);
        b.put("sourceGroup", p.sourceGroup());
        b.put("channel", p.channel());
        if (p.channel().equals("FIRST_SECRETARY_SEARCH")) {
            b.put("channelDetail", "驻村第一书记 王强");
        } else if (p.channel().equals("UNIT_RECOMMENDATION")) {
            b.put("channelDetail", "县直组团包联单位");
        }
        return b;
    }

    /** The panel's work on one candidate in assessment, then sealing (skipped when already sealed). */
    private void evaluate(Person p, String id) {
        planned.join();
        String assessor = api.token("assessor", DemoPlan.COUNTY, null, null);
        String url = "/api/v1/evaluations/" + id;
        Reply e = api.get("assessment", url, assessor);
        if (e.status() == 404) {
            // 409 until assessment has seen the candidate vetted (or once another run opened it).
            DemoApi.poll("assessment to know candidate " + p.name() + " vetted", PROPAGATION, () -> {
                int s = api.post("assessment", "/api/v1/evaluations", assessor, Map.of("candidateId", id), null, null).status();
                return s == 201 || api.get("assessment", url, assessor).status() == 200;
            }, opened -> opened);
            e = api.get("assessment", url, assessor);
        }
        e.expect(200);
        if ("SEALED".equals(e.text("status"))) {
            return;
        }
        String tag = e.etag();
        tag = api.put("assessment", url + "/written-test", assessor, Map.of("score", p.writtenTest()), tag).expect(200).etag();
        tag = api.put("assessment", url + "/field-visit", assessor, Map.of("householdsVisited", 8 + p.n() % 9, "peopleTalkedTo", 12 + p.n() % 11,
                "findings", p.quality() >= 60 ? "邻里评价好，带富能力强" : "群众认可度一般", "score", p.fieldVisit()), tag).expect(200).etag();
        tag = api.put("assessment", url + "/democratic-recommendation", assessor,
                Map.of("votesFor", p.votesFor(), "votesTotal", Person.VOTES_TOTAL), tag).expect(200).etag();
        for (int r = 0; r < DemoPlan.RATERS.size(); r++) {
            int[] s = p.sheet(r);
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int c = 0; c < s.length; c++) {
                scores.put(DemoPlan.CRITERIA.get(c), s[c]);
            }
            String rater = api.token("assessor", DemoPlan.COUNTY, null, DemoPlan.RATERS.get(r));
            tag = api.put("assessment", url + "/interview-sheets/mine", rater, Map.of("scores", scores), tag).expect(200).etag();
        }
        api.post("assessment", url + "/seal", assessor, null, tag, null).expect(200);
    }
}
