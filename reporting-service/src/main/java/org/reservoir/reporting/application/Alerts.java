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
import org.reservoir.infrastructure.persistence.SizedStatements;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Alerts: {@link #evaluate} compares the causes {@link AlertRules} finds in a county with its open alerts, raises the new
 * ones and resolves those whose cause went away, each with a {@code reporting.alert.v1} event in the same transaction.
 */
@ApplicationScoped
public class Alerts {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EntityManager em;
    private final SizedStatements statements;
    private final ReportData data;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Caller caller;

    public Alerts(EntityManager em, ReportData data, Outbox outbox, ObjectMapper mapper, Caller caller, SizedStatements statements) {
        this.em = em;
        this.statements = statements;
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
     * The same for the villages a batch of events changed, for the kinds of alert those events can change (the others' causes
     * are not read, their alerts stay as they are): one read of each kind for all of them, cheap enough to run in the
     * consumer's transaction, so alerts follow the projection at once; the scheduled evaluation catches what no event
     * announces (dates passing, a new target, a new village).
     */
    @Transactional
    public Outcome evaluateVillages(Collection<String> villages, Instant now, ZoneId zone, Set<AlertKind> kinds) {
        Map<String, List<String>> byCounty = new TreeMap<>();
        villages.forEach(v -> byCounty.computeIfAbsent(new DivisionCode(v).county().value(), c -> new ArrayList<>()).add(v));
        int raised = 0;
        int resolved = 0;
        for (Map.Entry<String, List<String>> county : byCounty.entrySet()) {
            Outcome o = evaluate(county.getKey(), ReportData.Villages.of(county.getValue()), now, zone, kinds);
            raised += o.raised();
            resolved += o.resolved();
        }
        return new Outcome(raised, resolved);
    }

    private Outcome evaluate(DivisionCode scope, Instant now, ZoneId zone, Set<AlertKind> kinds) {
        return evaluate(scope.county().value(), ReportData.Villages.under(scope.prefix()), now, zone, kinds);
    }

    private Outcome evaluate(String county, ReportData.Villages which, Instant now, ZoneId zone, Set<AlertKind> kinds) {
        AdvisoryLocks.lock(em, "alerts", county);
        List<AlertRules.Cause> found = new ArrayList<>();
        if (kinds.stream().anyMatch(AlertKind::fromCandidates)) {
            CoverageTarget target = data.targets().getOrDefault(county, CoverageTarget.DEFAULT);
            found.addAll(AlertRules.villageCauses(data.villages(which), data.tallies(which), target));
            LocalDate today = LocalDate.ofInstant(now, zone);
            Map<UUID, Integer> maxAges = data.maxAges();
            found.addAll(AlertRules.reserveCauses(data.alertSubjects(which, today), maxAges::get, today));
        }
        if (kinds.stream().anyMatch(k -> !k.fromCandidates())) {
            found.addAll(AlertRules.cultivationCauses(data.appraisals(which), data.pairs(which)));
        }
        Map<String, AlertRules.Cause> causes = new HashMap<>();
        for (AlertRules.Cause c : found) {
            if (kinds.contains(c.kind())) {
                causes.put(c.kind() + "/" + c.subject(), c);
            }
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<UUID> gone = new ArrayList<>();
        List<Outbox.Message> events = new ArrayList<>();
        for (AlertSnapshot open : open(which)) {
            if (!kinds.contains(AlertKind.valueOf(open.kind()))) {
                continue;
            }
            if (causes.remove(open.kind() + "/" + open.subject()) == null) {
                gone.add(open.alertId());
                AlertSnapshot done = new AlertSnapshot(open.alertId(), open.kind(), open.subject(), open.countyCode(), open.townshipCode(),
                        open.villageCode(), open.raisedAt(), at, open.details(), open.version() + 1);
                events.add(new Outbox.Message(AlertEvents.TOPIC, AlertEvents.RESOLVED, done.alertId().toString(), done));
            }
        }
        if (!gone.isEmpty()) {
            em.createNativeQuery("update alert set resolved_at = ?1, version = version + 1 where id = any(cast(string_to_array(?2, ',') as uuid[]))")
                    .setParameter(1, at).setParameter(2, gone.stream().map(UUID::toString).collect(Collectors.joining(","))).executeUpdate();
        }
        List<AlertSnapshot> fresh = new ArrayList<>();
        for (AlertRules.Cause c : causes.values()) {
            AlertSnapshot alert = new AlertSnapshot(UUID.randomUUID(), c.kind().name(), c.subject(), county,
                    c.villageCode().substring(0, 9) + "000", c.villageCode(), at, null, c.details(), 0);
            fresh.add(alert);
            events.add(new Outbox.Message(AlertEvents.TOPIC, AlertEvents.RAISED, alert.alertId().toString(), alert));
        }
        insert(fresh);
        outbox.publishAll(events);
        return new Outcome(fresh.size(), gone.size());
    }

    /** New alerts, one statement per 1,000. */
    private void insert(List<AlertSnapshot> alerts) {
        for (int from = 0; from < alerts.size(); from += 1000) {
            List<AlertSnapshot> chunk = alerts.subList(from, Math.min(alerts.size(), from + 1000));
            StringBuilder sql = new StringBuilder("insert into alert (id, kind, subject, county_code, township_code, village_code, details,"
                    + " raised_at, version) values ");
            List<Object> parameters = new ArrayList<>(chunk.size() * 8);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 0)");
                AlertSnapshot a = chunk.get(i);
                parameters.addAll(Arrays.asList(a.alertId(), a.kind(), a.subject(), a.countyCode(), a.townshipCode(), a.villageCode(),
                        json(a.details()), a.raisedAt()));
            }
            statements.update(sql.toString(), parameters);
        }
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

    private List<AlertSnapshot> open(ReportData.Villages which) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from alert where " + which.on("village_code") + " and resolved_at is null")
                .setParameter(1, which.parameter()).getResultList();
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
