package org.reservoir.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.api.Versions;
import org.reservoir.infrastructure.persistence.AdvisoryLocks;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Caller;
import org.reservoir.reporting.domain.CoverageTarget;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A county's coverage target (reserves per village). Every county starts at the default 2–3 with version 0; a county
 * admin of the county changes it with If-Match (the first change names "0").
 */
@ApplicationScoped
public class CoverageTargets {

    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public CoverageTargets(EntityManager em, Caller caller, Clock clock) {
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    @Schema(name = "CoverageTargetView", description = "A county's target; isDefault when the county never set one")
    public record View(String countyCode, int min, Integer max, boolean isDefault, long version, String updatedBy, OffsetDateTime updatedAt) {
    }

    @Transactional
    public View get(String county) {
        DivisionCode code = county(county);
        caller.requireJurisdiction(code);
        return find(code.value());
    }

    @Transactional
    public View set(String county, Integer min, Integer max, String ifMatch) {
        DivisionCode code = county(county);
        caller.requireJurisdiction(code);
        AdvisoryLocks.lock(em, "coverage-target", code.value());
        View current = find(code.value());
        Versions.requireMatch(ifMatch, current.version());
        CoverageTarget.refusal(min, max).ifPresent(r -> {
            throw ProblemException.unprocessable(r[0], "coverage-target", CoverageTarget.LIMIT);
        });
        em.createNativeQuery("""
                        insert into coverage_target (county_code, target_min, target_max, version, updated_by, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (county_code) do update set target_min = excluded.target_min, target_max = excluded.target_max,
                          version = excluded.version, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .setParameter(1, code.value()).setParameter(2, min).setParameter(3, max).setParameter(4, current.version() + 1)
                .setParameter(5, caller.id()).setParameter(6, OffsetDateTime.now(clock)).executeUpdate();
        return find(code.value());
    }

    private View find(String county) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select target_min, target_max, version, updated_by, updated_at from coverage_target"
                + " where county_code = ?1").setParameter(1, county).getResultList();
        if (rows.isEmpty()) {
            return new View(county, CoverageTarget.DEFAULT.min(), CoverageTarget.DEFAULT.max(), true, 0, null, null);
        }
        Object[] r = rows.get(0);
        return new View(county, ((Number) r[0]).intValue(), r[1] == null ? null : ((Number) r[1]).intValue(), false,
                ((Number) r[2]).longValue(), (String) r[3], Times.offset(r[4]));
    }

    private static DivisionCode county(String value) {
        DivisionCode code = DivisionCode.parse(value).orElseThrow(() -> ProblemException.unprocessable("countyCode", "division-code", value));
        if (code.level() != DivisionCode.Level.COUNTY) {
            throw ProblemException.unprocessable("countyCode", "county-code", value);
        }
        return code;
    }
}
