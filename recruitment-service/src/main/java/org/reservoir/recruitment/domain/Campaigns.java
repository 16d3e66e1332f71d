package org.reservoir.recruitment.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.recruitment.events.RecruitmentEvents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Campaign use cases: create (draft), open, close, report, rank. */
@ApplicationScoped
public class Campaigns {

    private final Outbox outbox;
    private final EntityManager em;

    public Campaigns(Outbox outbox, EntityManager em) {
        this.outbox = outbox;
        this.em = em;
    }

    /** Everything a new campaign states. */
    public record Draft(String name, String scopeCode, LocalDate startsOn, LocalDate endsOn, List<Campaign.Vacancy> vacancies,
                        int fullTimeQuota, int partTimeQuota, Set<SourceGroup> sourceGroups, Set<Channel> channels,
                        EligibilityRuleSet eligibility, int weightWrittenTest, int weightInterview, int weightFieldVisit,
                        BigDecimal passLine, Integer probationMonths) {
    }

    @Transactional
    public Campaign create(Draft d, Actor actor) {
        Region scope = Region.findById(d.scopeCode());
        List<Violation> violations = new ArrayList<>();
        if (scope == null || !scope.active || scope.level == RegionLevel.VILLAGE) {
            violations.add(new Violation("scopeCode", "campaign-scope", d.scopeCode()));
        } else if (!actor.covers(scope.code)) {
            throw new ProblemException(403, "out-of-jurisdiction", scope.code, actor.region().value());
        } else if (actor.has(Roles.TOWNSHIP_OFFICER)
                && !actor.has(Roles.COUNTY_ADMIN) && scope.level != RegionLevel.TOWNSHIP) {
            throw new ProblemException(403, "forbidden");
        }
        if (d.endsOn().isBefore(d.startsOn())) {
            violations.add(new Violation("endsOn", "ends-before-start", d.startsOn()));
        }
        if (d.weightWrittenTest() + d.weightInterview() + d.weightFieldVisit() != 100) {
            violations.add(new Violation("weightWrittenTest", "weights-sum",
                    d.weightWrittenTest() + d.weightInterview() + d.weightFieldVisit()));
        }
        if (d.fullTimeQuota() + d.partTimeQuota() == 0) {
            violations.add(new Violation("fullTimeQuota", "quota-empty"));
        }
        EligibilityRuleSet rules = d.eligibility() == null ? EligibilityRuleSet.none() : d.eligibility();
        if (rules.minAge() != null && rules.maxAge() != null && rules.minAge() > rules.maxAge()) {
            violations.add(new Violation("eligibility.minAge", "age-range", rules.minAge(), rules.maxAge()));
        }
        List<Campaign.Vacancy> vacancies = d.vacancies() == null ? List.of() : d.vacancies();
        for (int i = 0; i < vacancies.size(); i++) {
            Campaign.Vacancy v = vacancies.get(i);
            Region village = Region.findById(v.villageCode());
            if (village == null || village.level != RegionLevel.VILLAGE || !village.active
                    || scope == null || !village.code.startsWith(new DivisionCode(scope.code).prefix())) {
                violations.add(new Violation("vacancies[" + i + "].villageCode", "village-in-scope", v.villageCode(), d.scopeCode()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.name = d.name().strip();
        c.scopeCode = scope.code;
        c.countyCode = scope.code.substring(0, 6) + "000000";
        c.startsOn = d.startsOn();
        c.endsOn = d.endsOn();
        c.vacancies = vacancies;
        c.fullTimeQuota = d.fullTimeQuota();
        c.partTimeQuota = d.partTimeQuota();
        c.sourceGroups = d.sourceGroups() == null || d.sourceGroups().isEmpty() ? EnumSet.allOf(SourceGroup.class) : d.sourceGroups();
        c.channels = d.channels() == null || d.channels().isEmpty() ? EnumSet.allOf(Channel.class) : d.channels();
        c.eligibility = rules;
        c.weightWritten = d.weightWrittenTest();
        c.weightInterview = d.weightInterview();
        c.weightFieldVisit = d.weightFieldVisit();
        c.passLine = d.passLine();
        c.probationMonths = d.probationMonths() == null ? 1 : d.probationMonths();
        c.status = Campaign.Status.DRAFT;
        c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.updatedAt = c.createdAt;
        c.persistAndFlush();
        outbox.publish(RecruitmentEvents.CAMPAIGN_TOPIC, RecruitmentEvents.CAMPAIGN_CREATED, c.id.toString(), RecruitmentEvents.CampaignSnapshot.of(c));
        return c;
    }

    /** The campaign, if it exists and lies inside the caller's region (404 otherwise). */
    public Campaign get(UUID id, Actor actor) {
        Campaign c = Campaign.findById(id);
        if (c == null || !actor.relatedTo(c.scopeCode)) {
            throw ProblemException.notFound("campaign", id);
        }
        return c;
    }

    public List<Campaign> list(Actor actor, Campaign.Status status, int page, int size) {
        return Campaign.<Campaign>find(listWhere(status), Sort.by("createdAt").and("id"), listParams(actor, status))
                .page(Page.of(page, size)).list();
    }

    public long count(Actor actor, Campaign.Status status) {
        return Campaign.count(listWhere(status), listParams(actor, status));
    }

    private static String listWhere(Campaign.Status status) {
        return "(scopeCode like :within or scopeCode in :enclosing)" + (status == null ? "" : " and status = :status");
    }

    private static Parameters listParams(Actor actor, Campaign.Status status) {
        Parameters p = Parameters.with("within", actor.region().prefix() + "%").and("enclosing", actor.enclosing().isEmpty()
                ? List.of("-") : actor.enclosing());
        return status == null ? p : p.and("status", status);
    }

    @Transactional
    public Campaign open(UUID id, String ifMatch, Actor actor) {
        return move(id, ifMatch, actor, Campaign.Status.DRAFT, Campaign.Status.OPEN, RecruitmentEvents.CAMPAIGN_OPENED);
    }

    @Transactional
    public Campaign close(UUID id, String ifMatch, Actor actor) {
        return move(id, ifMatch, actor, Campaign.Status.OPEN, Campaign.Status.CLOSED, RecruitmentEvents.CAMPAIGN_CLOSED);
    }

    /** A township officer reads the county's campaigns it registers into, but opens and closes only its own. */
    private Campaign move(UUID id, String ifMatch, Actor actor, Campaign.Status from, Campaign.Status to, String eventType) {
        Campaign c = get(id, actor);
        if (!actor.covers(c.scopeCode)) {
            throw new ProblemException(403, "out-of-jurisdiction", c.scopeCode, actor.region().value());
        }
        Versions.requireMatch(ifMatch, c.version);
        if (c.status != from) {
            throw new ProblemException(409, "campaign-status", List.of(), Map.of("currentState", c.status.name()), c.status, to);
        }
        c.status = to;
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        outbox.publish(RecruitmentEvents.CAMPAIGN_TOPIC, eventType, c.id.toString(), RecruitmentEvents.CampaignSnapshot.of(c));
        return c;
    }

    /**
     * Counts of a campaign's candidates by status, track, source group and channel, and places taken per track: only
     * candidates inside the caller's region, so a township officer sees its township's part of a county campaign.
     */
    public record Report(UUID campaignId, String status, long candidates, Map<String, Long> byStatus, Map<String, Long> byTrack,
                         Map<String, Long> bySourceGroup, Map<String, Long> byChannel, Map<String, Long> quota, Map<String, Long> admitted) {
    }

    public Report report(UUID id, Actor actor) {
        Campaign c = get(id, actor);
        String within = actor.region().prefix() + "%";
        Map<String, Long> admitted = new LinkedHashMap<>();
        for (Track t : Track.values()) {
            admitted.put(t.name(), Candidate.count("campaignId = ?1 and track = ?2 and status in ?3 and villageCode like ?4", c.id, t,
                    Candidates.ADMITTED_STATUSES, within));
        }
        Map<String, Long> byStatus = group("status", c.id, within);
        return new Report(c.id, c.status.name(), byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                group("track", c.id, within), group("source_group", c.id, within), group("channel", c.id, within),
                Map.of(Track.FULL_TIME.name(), (long) c.fullTimeQuota, Track.PART_TIME.name(), (long) c.partTimeQuota), admitted);
    }

    private Map<String, Long> group(String column, UUID campaignId, String within) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + column + ", count(*) from candidate where campaign_id = ?1 and village_code like ?2 group by 1")
                .setParameter(1, campaignId).setParameter(2, within).getResultList();
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** A place in a village post's ranking. */
    public record Ranked(int rank, UUID candidateId, String name, String track, BigDecimal compositeScore, String status) {
    }

    /**
     * Scored candidates (evaluated, admitted or further; not failed or exited) by village and post, best
     * composite score first, for the county's admission decision.
     */
    public Map<String, Map<String, List<Ranked>>> ranking(UUID id, Actor actor) {
        Campaign c = get(id, actor);
        List<Candidate> scored = Candidate.<Candidate>list("campaignId = ?1 and compositeScore is not null and status not in ?2", c.id,
                        Set.of(CandidateStatus.EXITED, CandidateStatus.EVALUATION_FAILED))
                .stream().filter(x -> actor.covers(x.villageCode))
                .sorted(java.util.Comparator.comparing((Candidate x) -> x.villageCode).thenComparing(x -> x.targetPost)
                        .thenComparing((Candidate x) -> x.compositeScore, java.util.Comparator.reverseOrder()).thenComparing(x -> x.id))
                .toList();
        Map<String, Map<String, List<Ranked>>> out = new LinkedHashMap<>();
        for (Candidate x : scored) {
            List<Ranked> places = out.computeIfAbsent(x.villageCode, k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.targetPost.name(), k -> new ArrayList<>());
            places.add(new Ranked(places.size() + 1, x.id, x.name, x.track.name(), x.compositeScore, x.status.name()));
        }
        return out;
    }
}
