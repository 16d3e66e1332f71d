package org.reservoir.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.reservoir.launcher.DemoApi.Reply;
import org.reservoir.launcher.DemoPlan.Person;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Manage (管) in the demo, through assessment-service's API: the county's half-year cycle (德能勤绩廉 and democratic
 * appraisal), the township committees' scores and the villagers' and party members' ballots, grades by the shipped
 * rule table, and the county's decisions on the proposals that follow (one key-cultivation accepted, one dismissed, one
 * left open; the exit accepted, which recruitment applies).
 */
final class DemoAppraisal {

    private static final Duration PROPAGATION = Duration.ofMinutes(5);

    private final DemoApi api;
    private final LocalDate today;
    private final Map<Integer, String> ids;
    private final Map<String, JsonNode> appraisals = new ConcurrentHashMap<>();
    private String cycleId;

    DemoAppraisal(DemoApi api, LocalDate today, Map<Integer, String> ids) {
        this.api = api;
        this.today = today;
        this.ids = ids;
    }

    /** The deadline 30 days on; the period is the half year the deadline falls in. */
    static LocalDate deadline(LocalDate today) {
        return today.plusDays(30);
    }

    static String period(LocalDate deadline) {
        return deadline.getMonthValue() > 6 ? "YEAR_END" : "MID_YEAR";
    }

    /**
     * The cycle (found, or created and opened); then waits until it holds an appraisal for each of the {@code inScope}
     * reserves (assessment adds reserves admitted after the opening as their events arrive).
     */
    void cycle(int inScope) {
        LocalDate deadline = deadline(today);
        JsonNode found = null;
        for (JsonNode c : api.get("assessment", "/api/v1/appraisal-cycles?size=500", api.admin()).expect(200).body().path("items")) {
            if (c.path("year").asInt() == deadline.getYear() && period(deadline).equals(c.path("period").asText())) {
                found = c;
            }
        }
        if (found == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("countyCode", DemoPlan.COUNTY);
            body.put("year", deadline.getYear());
            body.put("period", period(deadline));
            body.put("deadline", deadline.toString());
            body.put("democraticWeight", 30);
            body.put("dimensions", List.of(Map.of("dimension", "MORALITY", "weight", 20, "guidance", "政治素质、道德品行"),
                    Map.of("dimension", "ABILITY", "weight", 20, "guidance", "履职能力、群众工作能力"),
                    Map.of("dimension", "DILIGENCE", "weight", 20, "guidance", "出勤与工作态度"),
                    Map.of("dimension", "PERFORMANCE", "weight", 30, "guidance", "工作实绩、帮带任务完成情况"),
                    Map.of("dimension", "INTEGRITY", "weight", 10, "guidance", "廉洁自律")));
            found = api.post("assessment", "/api/v1/appraisal-cycles", api.admin(), body, null, "demo-cycle-" + DemoPlan.COUNTY + "-"
                    + deadline.getYear() + "-" + period(deadline)).expect(201, 200).body();
        }
        cycleId = found.path("id").asText();
        if ("DRAFT".equals(found.path("status").asText())) {
            api.post("assessment", "/api/v1/appraisal-cycles/" + cycleId + "/open", api.admin(), null, DemoApi.etag(found.path("version").asLong()), null)
                    .expect(200);
        }
        DemoApi.poll("the cycle to hold " + inScope + " appraisals", PROPAGATION,
                () -> api.get("assessment", "/api/v1/appraisal-cycles/" + cycleId, api.admin()).expect(200).body().path("appraisalCount").asInt(),
                n -> n >= inScope);
        api.get("assessment", "/api/v1/appraisals?size=500&cycleId=" + cycleId, api.admin()).expect(200).body().path("items")
                .forEach(a -> appraisals.put(a.path("candidateId").asText(), a));
    }

    /** The township committee's scores, the two voter groups' ballots, and the grade. */
    void grade(Person p) {
        JsonNode a = appraisals.get(ids.get(p.n()));
        if (p.grade() == null || a == null || !"OPEN".equals(a.path("status").asText())) {
            return;
        }
        String officer = api.officer(p.township());
        String url = "/api/v1/appraisals/" + a.path("id").asText();
        int score = switch (p.grade()) {
            case "EXCELLENT" -> 96;
            case "BASICALLY_COMPETENT" -> 65;
            case "INCOMPETENT" -> 50;
            default -> 80 + p.n() % 8;
        };
        // Villagers cast twice the party members' votes, in the same shares.
        int[] v = switch (p.grade()) {
            case "EXCELLENT" -> new int[]{20, 4, 0, 0};
            case "BASICALLY_COMPETENT" -> new int[]{3, 12, 5, 0};
            case "INCOMPETENT" -> new int[]{2, 8, 4, 10};
            default -> new int[]{5, 15, 2, 0};
        };
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String d : List.of("MORALITY", "ABILITY", "DILIGENCE", "PERFORMANCE", "INTEGRITY")) {
            scores.put(d, score);
        }
        String tag = api.put("assessment", url + "/scores", officer, Map.of("scores", scores), DemoApi.etag(a.path("version").asLong()))
                .expect(200).etag();
        tag = api.put("assessment", url + "/votes", officer, Map.of("votes", List.of(votes("VILLAGERS", v, 2), votes("PARTY_MEMBERS", v, 1))), tag)
                .expect(200).etag();
        Reply graded = api.post("assessment", url + "/grade", officer, null, tag, null).expect(200);
        if (!p.grade().equals(graded.text("grade"))) {
            throw new IllegalStateException("appraisal of " + p.name() + " graded " + graded.text("grade") + ", the demo expects " + p.grade());
        }
    }

    private static Map<String, Object> votes(String group, int[] v, int times) {
        return Map.of("group", group, "excellent", v[0] * times, "competent", v[1] * times, "basicallyCompetent", v[2] * times,
                "incompetent", v[3] * times);
    }

    /** The county decides the proposals the plan decides (recruitment applies the accepted exit and key-cultivation mark). */
    void decide(List<Person> people) {
        Map<String, Person> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.put(ids.get(p.n()), p));
        for (JsonNode proposal : api.get("assessment", "/api/v1/adjustment-proposals?size=500&status=OPEN&cycleId=" + cycleId, api.admin())
                .expect(200).body().path("items")) {
            Person p = byId.get(proposal.path("candidateId").asText());
            if (p == null || p.proposalDecision() == null || p.proposalDecision().equals("OPEN")) {
                continue;
            }
            String url = "/api/v1/adjustment-proposals/" + proposal.path("id").asText();
            String etag = api.get("assessment", url, api.admin()).expect(200).etag();
            boolean accept = p.proposalDecision().equals("ACCEPTED");
            api.post("assessment", url + (accept ? "/accept" : "/dismiss"), api.admin(),
                    Map.of("reason", accept ? "经县委组织部部务会研究同意" : "任职时间尚短，下一考评周期再议"), etag, null).expect(200);
        }
    }
}
