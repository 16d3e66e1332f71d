package org.reservoir.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.infrastructure.region.RegionProjection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts over the region projection: what lies under a division code. */
@ApplicationScoped
public class RegionSummaries {

    private final EntityManager em;

    public RegionSummaries(EntityManager em) {
        this.em = em;
    }

    /** Active townships and villages under {@code code}, villages by type, seats and 一肩挑 villages. */
    public record Summary(String code, String name, String level, long townships, long villages, Map<String, Long> villagesByType,
                          long committeeSeats, long secretaryDirectorOnePersonVillages, OffsetDateTime asOf) {
    }

    public Summary of(String code, String prefix) {
        RegionProjection self = RegionProjection.findById(code);
        Object[] totals = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where level = 'TOWNSHIP'),
                               count(*) filter (where level = 'VILLAGE'),
                               coalesce(sum(committee_seats) filter (where level = 'VILLAGE'), 0),
                               count(*) filter (where level = 'VILLAGE' and secretary_director_one_person),
                               max(updated_at)
                        from region_projection where active and code like ?1 and code <> ?2""")
                .setParameter(1, prefix + "%").setParameter(2, code).getSingleResult();
        if (self == null && ((Number) totals[0]).longValue() + ((Number) totals[1]).longValue() == 0) {
            throw ProblemException.notFound("region", code);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> byType = em.createNativeQuery("""
                        select village_type, count(*) from region_projection
                        where active and level = 'VILLAGE' and code like ?1 group by village_type""")
                .setParameter(1, prefix + "%").getResultList();
        Map<String, Long> types = new TreeMap<>();
        byType.forEach(row -> types.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        return new Summary(code, self == null ? null : self.name, self == null ? null : self.level,
                ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(), types,
                ((Number) totals[2]).longValue(), ((Number) totals[3]).longValue(), toOffset(totals[4]));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
