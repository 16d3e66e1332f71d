package org.reservoir.recruitment.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.events.Outbox;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.recruitment.events.RegionEvents.RegionSnapshot;
import org.reservoir.recruitment.events.RegionEvents;

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

    public RegionDirectory(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The fields a caller may change; null leaves a field as it is. */
    public record Changes(String name, VillageType villageType, Integer committeeSeats, Boolean secretaryDirectorOnePerson) {
    }

    /** Filters of the list; null means any. {@code within} restricts to the caller's region prefix. */
    public record Query(String parent, RegionLevel level, String name, Boolean active, String within) {
    }

    /**
     * Creates regions all or nothing. Parents may come in the same batch; rules are checked for every
     * item first, so the caller sees all problems at once ({@code regions[i].field} when {@code bulk}).
     */
    @Transactional
    public List<Region> create(List<RegionRules.Draft> drafts, boolean bulk) {
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
        List<String> existing = Region.<Region>list("code in ?1", seen).stream().map(r -> r.code).sorted().toList();
        if (!existing.isEmpty()) {
            throw new ProblemException(409, "region-exists", List.of(), Map.of("existing", existing), String.join(", ", existing));
        }
        Map<String, Boolean> parentsActive = new HashMap<>();
        Set<String> neededParents = new HashSet<>();
        drafts.forEach(d -> RegionRules.requiredParent(d.code()).ifPresent(neededParents::add));
        if (!neededParents.isEmpty()) {
            Region.<Region>list("code in ?1", neededParents).forEach(p -> parentsActive.put(p.code, p.active));
        }
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Region> created = IntStream.range(0, drafts.size()).mapToObj(drafts::get)
                .sorted(Comparator.comparing((RegionRules.Draft d) -> RegionRules.requiredParent(d.code()).isPresent())
                        .thenComparing(RegionRules.Draft::code))
                .map(d -> newRegion(d, now))
                .toList();
        Region.getEntityManager().flush();
        created.forEach(r -> outbox.publish(RegionEvents.TOPIC, RegionEvents.CREATED, r.code, RegionSnapshot.of(r)));
        return created;
    }

    private static Region newRegion(RegionRules.Draft d, OffsetDateTime now) {
        Region r = new Region();
        r.code = d.code();
        r.name = d.name().strip();
        r.level = RegionLevel.of(new DivisionCode(d.code())).orElseThrow();
        r.parentCode = RegionRules.requiredParent(d.code()).orElse(null);
        if (r.level == RegionLevel.VILLAGE) {
            r.villageType = d.villageType();
            r.committeeSeats = d.committeeSeats();
            r.secretaryDirectorOnePerson = Boolean.TRUE.equals(d.secretaryDirectorOnePerson());
        }
        r.createdAt = now;
        r.updatedAt = now;
        r.persist();
        return r;
    }

    public Region get(String code) {
        return Region.<Region>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("region", code));
    }

    public List<Region> list(Query q, int page, int size) {
        return Region.<Region>find(where(q), Sort.by("code"), params(q)).page(Page.of(page, size)).list();
    }

    public long count(Query q) {
        return Region.count(where(q), params(q));
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

    private static Parameters params(Query q) {
        Parameters p = Parameters.with("within", q.within() + "%");
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
    public Region update(String code, String ifMatch, Changes changes) {
        Region r = get(code);
        Versions.requireMatch(ifMatch, r.version);
        if (!r.active) {
            throw new ProblemException(409, "region-inactive", code);
        }
        RegionRules.Draft merged = new RegionRules.Draft(r.code,
                changes.name() != null ? changes.name() : r.name,
                changes.villageType() != null ? changes.villageType() : r.villageType,
                changes.committeeSeats() != null ? changes.committeeSeats() : r.committeeSeats,
                changes.secretaryDirectorOnePerson() != null ? changes.secretaryDirectorOnePerson() : r.secretaryDirectorOnePerson);
        List<Violation> violations = RegionRules.check(merged);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        r.name = merged.name().strip();
        r.villageType = merged.villageType();
        r.committeeSeats = merged.committeeSeats();
        r.secretaryDirectorOnePerson = merged.secretaryDirectorOnePerson();
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Region.getEntityManager().flush();
        outbox.publish(RegionEvents.TOPIC, RegionEvents.UPDATED, r.code, RegionSnapshot.of(r));
        return r;
    }

    /** Deactivates a region whose children are all inactive already. */
    @Transactional
    public Region deactivate(String code, String ifMatch) {
        Region r = get(code);
        Versions.requireMatch(ifMatch, r.version);
        if (!r.active) {
            throw new ProblemException(409, "region-inactive", code);
        }
        long activeChildren = Region.count("parentCode = ?1 and active = true", code);
        if (activeChildren > 0) {
            throw new ProblemException(409, "region-has-active-children", code, activeChildren);
        }
        r.active = false;
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Region.getEntityManager().flush();
        outbox.publish(RegionEvents.TOPIC, RegionEvents.DEACTIVATED, r.code, RegionSnapshot.of(r));
        return r;
    }
}
