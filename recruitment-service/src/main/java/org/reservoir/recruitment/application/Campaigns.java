package org.reservoir.recruitment.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.domain.CampaignHistory;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.Track;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.transitions.AuditLine;
import org.reservoir.infrastructure.transitions.Journal;
import org.reservoir.infrastructure.transitions.TransitionRunner;
import org.reservoir.recruitment.events.RecruitmentEvents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Campaign use cases: load, let the {@link Campaign} decide, save, publish; plus the campaign's report and ranking. */
@ApplicationScoped
public class Campaigns {

    private final Outbox outbox;
    private final EntityManager em;
    private final TransitionRunner runner;
    private final Clock clock;

    public Campaigns(Outbox outbox, EntityManager em, TransitionRunner runner, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.runner = runner;
        this.clock = clock;
    }

    /** History and events of campaign transitions. */
    private static final Journal<Campaign> JOURNAL = new Journal<>() {
        @Override
        public void write(Campaign c, AuditLine line) {
            CampaignHistory.of(c.id, line).persist();
        }

        @Override
        public Event event(Campaign c, AuditLine line) {
            String type = line.action() == Campaign.Action.OPEN ? RecruitmentEvents.CAMPAIGN_OPENED : RecruitmentEvents.CAMPAIGN_CLOSED;
            return new Event(RecruitmentEvents.CAMPAIGN_TOPIC, type, c.id.toString(), RecruitmentEvents.CampaignSnapshot.of(c));
        }
    };

    @Transactional
    public Campaign create(Campaign.Draft d, Actor actor) {
        // A lambda, not Region::findById: Panache implements findById in Region; a method reference would bind the base class's.
        Campaign c = Campaign.draft(UUID.randomUUID(), d, Region.findById(d.scopeCode()), code -> Region.findById(code), actor, now()).orThrow();
        c.persistAndFlush();
        CampaignHistory.of(c.id, new AuditLine(Campaign.Action.CREATE, null, c.status().name(), actor.id(),
                actor.roleFor(Campaign.TRANSITIONS.of(Campaign.Action.OPEN).roles()), null, Map.of(), c.createdAt)).persist();
        outbox.publish(RecruitmentEvents.CAMPAIGN_TOPIC, RecruitmentEvents.CAMPAIGN_CREATED, c.id.toString(), RecruitmentEvents.CampaignSnapshot.of(c));
        return c;
    }

    /** One page of the campaign's history, oldest first; 404 where the campaign itself is. */
    public List<CampaignHistory> history(UUID id, Actor actor, int page, int size) {
        get(id, actor);
        return CampaignHistory.<CampaignHistory>find("campaignId", Sort.by("id"), id).page(page, size).list();
    }

    public long historyCount(UUID id) {
        return CampaignHistory.count("campaignId", id);
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
        return runner.run(new TransitionRunner.Request<>(Campaign.TRANSITIONS, Campaign.Action.OPEN, actor, ifMatch, () -> get(id, actor),
                Campaign::open, JOURNAL));
    }

    @Transactional
    public Campaign close(UUID id, String ifMatch, Actor actor) {
        return runner.run(new TransitionRunner.Request<>(Campaign.TRANSITIONS, Campaign.Action.CLOSE, actor, ifMatch, () -> get(id, actor),
                Campaign::close, JOURNAL));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
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
                    CandidateStatus.placeHolding(), within));
        }
        Map<String, Long> byStatus = group("status", c.id, within);
        return new Report(c.id, c.status().name(), byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
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
                        CandidateStatus.unranked())
                .stream().filter(x -> actor.covers(x.villageCode))
                .sorted(java.util.Comparator.comparing((Candidate x) -> x.villageCode).thenComparing(x -> x.targetPost)
                        .thenComparing((Candidate x) -> x.compositeScore, java.util.Comparator.reverseOrder()).thenComparing(x -> x.id))
                .toList();
        Map<String, Map<String, List<Ranked>>> out = new LinkedHashMap<>();
        for (Candidate x : scored) {
            List<Ranked> places = out.computeIfAbsent(x.villageCode, k -> new LinkedHashMap<>())
                    .computeIfAbsent(x.targetPost.name(), k -> new ArrayList<>());
            places.add(new Ranked(places.size() + 1, x.id, x.name, x.track.name(), x.compositeScore, x.status().name()));
        }
        return out;
    }
}
