package org.reservoir.recruitment.application;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.reservoir.recruitment.domain.Actor;
import org.reservoir.recruitment.domain.Region;
import org.reservoir.recruitment.domain.RegionLevel;
import org.reservoir.recruitment.domain.RegionRules;
import org.reservoir.recruitment.domain.VillageType;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.persistence.SizedStatements;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.recruitment.events.RegionEvents;
import org.reservoir.recruitment.events.RegionEvents.RegionSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The region directory's use cases. Each change and its event commit together through the outbox.
 */
@ApplicationScoped
public class RegionDirectory {

    private final Outbox outbox;
    private final Clock clock;
    private final AgroalDataSource dataSource;
    private final SizedStatements statements;

    public RegionDirectory(Outbox outbox, Clock clock, AgroalDataSource dataSource, SizedStatements statements) {
        this.outbox = outbox;
        this.clock = clock;
        this.dataSource = dataSource;
        this.statements = statements;
    }

    /** Filters of the list; null means any. The list is always restricted to the caller's region. */
    public record Query(String parent, RegionLevel level, String name, Boolean active) {
    }

    /**
     * Creates regions all or nothing. Parents may come in the same batch; rules are checked for every
     * item first, so the caller sees all problems at once ({@code regions[i].field} when {@code bulk}).
     */
    @Transactional
    public List<Region> create(List<RegionRules.Draft> drafts, boolean bulk, Actor actor) {
        drafts.forEach(d -> actor.refusalOutside(d.code()).ifPresent(RegionDirectory::refuse));
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String prefix = bulk ? "regions[" + i + "]." : "";
            RegionRules.Draft d = drafts.get(i);
            RegionRules.check(d).forEach(v -> violations.add(v.under(prefix)));
            if (!seen.add(d.code())) {
                violations.add(new Violation(prefix + "code", "duplicate-in-request", d.code()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        Set<String> neededParents = new HashSet<>();
        drafts.forEach(d -> RegionRules.requiredParent(d.code()).ifPresent(neededParents::add));
        // The new codes and their parents in one statement through JDBC: a `code in ?1` query was translated again on
        // every call (~45% of a POST's CPU in a JFR profile), and Hibernate's findMultiple still built its SQL tree
        // per call (17% in a perf profile). Only code and active are needed; no entity is loaded.
        Set<String> lookedUp = new HashSet<>(seen);
        lookedUp.addAll(neededParents);
        Map<String, Boolean> known = new HashMap<>();
        // One parameter, the array: typed as Object so that List.of does not spread it into one parameter per code.
        Object codes = lookedUp.toArray(String[]::new);
        statements.rows("select code, active from region where code = any(cast(? as bpchar[]))", List.of(codes))
                .forEach(row -> known.put((String) row[0], (Boolean) row[1]));
        List<String> existing = seen.stream().filter(known::containsKey).sorted().toList();
        if (!existing.isEmpty()) {
            throw new ProblemException(409, "region-exists", List.of(), Map.of("existing", existing), String.join(", ", existing));
        }
        Map<String, Boolean> parentsActive = new HashMap<>();
        neededParents.stream().filter(known::containsKey).forEach(code -> parentsActive.put(code, known.get(code)));
        drafts.forEach(d -> parentsActive.put(d.code(), true));
        for (int i = 0; i < drafts.size(); i++) {
            String prefix = bulk ? "regions[" + i + "]." : "";
            Optional<String> parent = RegionRules.requiredParent(drafts.get(i).code());
            if (parent.isPresent() && !parentsActive.containsKey(parent.get())) {
                violations.add(new Violation(prefix + "code", "parent-missing", parent.get()));
            } else if (parent.isPresent() && !parentsActive.get(parent.get())) {
                violations.add(new Violation(prefix + "code", "parent-inactive", parent.get()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        OffsetDateTime now = now();
        List<Region> created = IntStream.range(0, drafts.size()).mapToObj(drafts::get)
                .sorted(Comparator.comparing((RegionRules.Draft d) -> RegionRules.requiredParent(d.code()).isPresent())
                        .thenComparing(RegionRules.Draft::code))
                .map(d -> Region.create(d, now))
                .toList();
        created.forEach(r -> r.persist());
        Region.getEntityManager().flush();
        created.forEach(r -> outbox.publish(RegionEvents.TOPIC, RegionEvents.CREATED, r.code, RegionSnapshot.of(r)));
        return created;
    }

    /**
     * The region to show, if it lies in the actor's region (403 otherwise, before any look-up): one statement on a pooled
     * connection, outside any transaction or session. A detached copy; changes go through {@link #get}. The most frequent
     * read of the directory: through Hibernate's stateless session it served 15–20% fewer GETs a second (README, Session 9).
     */
    public Region read(String code, Actor actor) {
        actor.refusalOutside(code).ifPresent(RegionDirectory::refuse);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select name, level, parent_code, village_type, committee_seats,"
                     + " secretary_director_one_person, active, version, created_at, updated_at from region where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("region", code);
                }
                Region r = new Region();
                r.code = code;
                r.name = rs.getString(1);
                r.level = RegionLevel.valueOf(rs.getString(2));
                r.parentCode = rs.getString(3);
                r.villageType = rs.getString(4) == null ? null : VillageType.valueOf(rs.getString(4));
                r.committeeSeats = rs.getObject(5, Integer.class);
                r.secretaryDirectorOnePerson = rs.getObject(6, Boolean.class);
                r.active = rs.getBoolean(7);
                r.version = rs.getLong(8);
                r.createdAt = rs.getObject(9, OffsetDateTime.class);
                r.updatedAt = rs.getObject(10, OffsetDateTime.class);
                return r;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("region " + code + " could not be read", e);
        }
    }

    /** The region, if it lies in the actor's region (403 otherwise: the codes are public, the directory's data is not). */
    public Region get(String code, Actor actor) {
        actor.refusalOutside(code).ifPresent(RegionDirectory::refuse);
        return Region.<Region>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("region", code));
    }

    public List<Region> list(Query q, Actor actor, int page, int size) {
        return Region.<Region>find(where(q), Sort.by("code"), params(q, actor)).page(Page.of(page, size)).list();
    }

    public long count(Query q, Actor actor) {
        return Region.count(where(q), params(q, actor));
    }

    private static String where(Query q) {
        List<String> clauses = new ArrayList<>(List.of("code like :within"));
        if (q.parent() != null) {
            clauses.add("parentCode = :parent");
        }
        if (q.level() != null) {
            clauses.add("level = :level");
        }
        if (q.name() != null) {
            clauses.add("lower(name) like :name");
        }
        if (q.active() != null) {
            clauses.add("active = :active");
        }
        return String.join(" and ", clauses);
    }

    private static Parameters params(Query q, Actor actor) {
        if (q.parent() != null) {
            actor.refusalOutside(q.parent()).ifPresent(RegionDirectory::refuse);
        }
        Parameters p = Parameters.with("within", actor.region().prefix() + "%");
        if (q.parent() != null) {
            p.and("parent", q.parent());
        }
        if (q.level() != null) {
            p.and("level", q.level());
        }
        if (q.name() != null) {
            p.and("name", "%" + q.name().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.active() != null) {
            p.and("active", q.active());
        }
        return p;
    }

    /** Renames a region or changes a village's attributes, if {@code ifMatch} names the current version. */
    @Transactional
    public Region update(String code, String ifMatch, Region.Changes changes, Actor actor) {
        Region r = get(code, actor);
        Versions.requireMatch(ifMatch, r.version);
        r.change(changes, now()).ifPresent(RegionDirectory::refuse);
        return saved(r, RegionEvents.UPDATED);
    }

    /** Deactivates a region whose children are all inactive already. */
    @Transactional
    public Region deactivate(String code, String ifMatch, Actor actor) {
        Region r = get(code, actor);
        Versions.requireMatch(ifMatch, r.version);
        r.deactivate(Region.count("parentCode = ?1 and active = true", code), now()).ifPresent(RegionDirectory::refuse);
        return saved(r, RegionEvents.DEACTIVATED);
    }

    private Region saved(Region r, String eventType) {
        Region.getEntityManager().flush();
        outbox.publish(RegionEvents.TOPIC, eventType, r.code, RegionSnapshot.of(r));
        return r;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static void refuse(Refusal refusal) {
        throw refusal.toProblem();
    }
}
