package org.reservoir.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.PageResponse;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.reporting.domain.AlertKind;
import org.reservoir.reporting.domain.AlertRules;
import org.reservoir.reporting.domain.CoverageTarget;
import org.reservoir.reporting.domain.Reserve;
import org.reservoir.reporting.events.AlertEvents;
import org.reservoir.reporting.events.AlertEvents.AlertSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Alerts: {@link #evaluate} compares the causes {@link AlertRules} finds in a county with its open alerts, raises the new
 * ones and resolves those whose cause went away, each with a {@code reporting.alert.v1} event in the same transaction.
 */
@ApplicationScoped
public class Alerts {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ReportData data;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Caller caller;

    public Alerts(EntityManager em, ReportData data, Outbox outbox, ObjectMapper mapper, Caller caller) {
        this.em = em;
        this.data = data;
        this.outbox = outbox;
        this.mapper = mapper;
        this.caller = caller;
    }

    /** Open or resolved alerts. */
    public enum State {
        OPEN, RESOLVED, ALL
    }

    /** What one evaluation changed. */
    public record Outcome(int raised, int resolved) {
    }

    /** Counties with villages, candidates or open alerts: what an evaluation visits. */
    @Transactional
    public List<String> counties() {
        @SuppressWarnings("unchecked")
        List<String> counties = em.createNativeQuery("""
                select substr(code, 1, 6) || '000000' from region_projection where level = 'VILLAGE'
                union select county_code from candidate_projection
                union select county_code from appraisal_projection where grade is null
                union select county_code from mentor_pair_projection where status = 'ACTIVE'
                union select county_code from alert where resolved_at is null order by 1""").getResultList();
        return counties.stream().map(String::trim).toList();
    }

    /** Brings one county's open alerts in line with their causes as of {@code now}. */
    @Transactional
    public Outcome evaluate(String county, Instant now, ZoneId zone) {
        return evaluate(new DivisionCode(county), now, zone, EnumSet.allOf(AlertKind.class));
    }

    /**
     * The same for one village, when an event changed it, for the kinds of alert that event can change (the others' causes
     * are not read, their alerts stay as they are): cheap enough to run in the consumer's transaction, so alerts follow the
     * projection at once; the scheduled evaluation catches what no event announces (dates passing, a new target, a new village).
     */
    @Transactional
    public Outcome evaluateVillage(String village, Instant now, ZoneId zone, Set<AlertKind> kinds) {
        return evaluate(new DivisionCode(village), now, zone, kinds);
    }

    private Outcome evaluate(DivisionCode scope, Instant now, ZoneId zone, Set<AlertKind> kinds) {
        String county = scope.county().value();
        AdvisoryLocks.lock(em, "alerts", county);
        String prefix = scope.prefix();
        List<AlertRules.Cause> found = new ArrayList<>();
        if (kinds.stream().anyMatch(AlertKind::fromCandidates)) {
            CoverageTarget target = data.targets().getOrDefault(county, CoverageTarget.DEFAULT);
            Map<UUID, Integer> maxAges = data.maxAges();
            found.addAll(AlertRules.causes(data.villages(prefix), data.reserves(prefix, null), target, maxAges::get, LocalDate.ofInstant(now, zone)));
        }
        if (kinds.stream().anyMatch(k -> !k.fromCandidates())) {
            found.addAll(AlertRules.cultivationCauses(data.appraisals(prefix), data.pairs(prefix)));
        }
        Map<String, AlertRules.Cause> causes = new HashMap<>();
        for (AlertRules.Cause c : found) {
            if (kinds.contains(c.kind())) {
                causes.put(c.kind() + "/" + c.subject(), c);
            }
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int resolved = 0;
        for (AlertSnapshot open : open(prefix)) {
            if (!kinds.contains(AlertKind.valueOf(open.kind()))) {
                continue;
            }
            if (causes.remove(open.kind() + "/" + open.subject()) == null) {
                em.createNativeQuery("update alert set resolved_at = ?1, version = version + 1 where id = ?2")
                        .setParameter(1, at).setParameter(2, open.alertId()).executeUpdate();
                AlertSnapshot done = new AlertSnapshot(open.alertId(), open.kind(), open.subject(), open.countyCode(), open.townshipCode(),
                        open.villageCode(), open.raisedAt(), at, open.details(), open.version() + 1);
                outbox.publish(AlertEvents.TOPIC, AlertEvents.RESOLVED, done.alertId().toString(), done);
                resolved++;
            }
        }
        for (AlertRules.Cause c : causes.values()) {
            AlertSnapshot alert = new AlertSnapshot(UUID.randomUUID(), c.kind().name(), c.subject(), county,
                    c.villageCode().substring(0, 9) + "000", c.villageCode(), at, null, c.details(), 0);
            em.createNativeQuery("""
                            insert into alert (id, kind, subject, county_code, township_code, village_code, details, raised_at, version)
                            values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, 0)""")
                    .setParameter(1, alert.alertId()).setParameter(2, alert.kind()).setParameter(3, alert.subject())
                    .setParameter(4, county).setParameter(5, alert.townshipCode()).setParameter(6, alert.villageCode())
                    .setParameter(7, json(alert.details())).setParameter(8, at).executeUpdate();
            outbox.publish(AlertEvents.TOPIC, AlertEvents.RAISED, alert.alertId().toString(), alert);
        }
        return new Outcome(causes.size(), resolved);
    }

    /** Alerts in the caller's region (or a region inside it), newest first, by id within a moment. */
    @Transactional
    public PageResponse<AlertSnapshot> list(String region, AlertKind kind, State state, int page, int size) {
        DivisionCode division = region == null ? caller.region()
                : DivisionCode.parse(region).orElseThrow(() -> ProblemException.unprocessable("region", "division-code", region));
        caller.requireJurisdiction(division);
        String where = " where village_code like ?1" + (kind == null ? "" : " and kind = ?2")
                + (state == State.OPEN ? " and resolved_at is null" : state == State.RESOLVED ? " and resolved_at is not null" : "");
        var count = em.createNativeQuery("select count(*) from alert" + where).setParameter(1, division.prefix() + "%");
        var select = em.createNativeQuery("select " + COLUMNS + " from alert" + where + " order by raised_at desc, id")
                .setParameter(1, division.prefix() + "%").setFirstResult(page * size).setMaxResults(size);
        if (kind != null) {
            count.setParameter(2, kind.name());
            select.setParameter(2, kind.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new PageResponse<>(rows.stream().map(this::snapshot).toList(), page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static final String COLUMNS = "id, kind, subject, county_code, township_code, village_code, raised_at, resolved_at,"
            + " details::text, version";

    private List<AlertSnapshot> open(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from alert where village_code like ?1 and resolved_at is null")
                .setParameter(1, prefix + "%").getResultList();
        List<AlertSnapshot> open = new ArrayList<>();
        rows.forEach(r -> open.add(snapshot(r)));
        return open;
    }

    private AlertSnapshot snapshot(Object[] r) {
        try {
            return new AlertSnapshot((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    Times.offset(r[6]), Times.offset(r[7]), mapper.readValue((String) r[8], MAP), ((Number) r[9]).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert " + r[0] + " has unreadable details", e);
        }
    }

    private String json(Map<String, Object> details) {
        try {
            return mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
