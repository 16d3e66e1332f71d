package org.reservoir.training.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.training.domain.Hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The shortfall list (学时不足): reserves in the pool below {@code prefix} whose hours in a year fall short of their
 * county's minimum, biggest shortfall first (candidate id breaks ties). Reserves with no attendance at all are on it, so
 * it reads the reserve projection and sums attendance in one statement; each row's figures come from {@link Hours}.
 */
@ApplicationScoped
public class ShortfallQuery {

    public record Row(UUID candidateId, String name, String countyCode, String townshipCode, String villageCode, Hours hours) {
    }

    private static final String FROM = """
             from reserve_projection r
             join hours_requirement q on q.county_code = r.county_code and q.year = :year
             left join attendance a on a.candidate_id = r.candidate_id and a.attended_on between :first and :last
            where r.in_pool and r.village_code like :prefix
            group by r.candidate_id, r.name, r.county_code, r.township_code, r.village_code, q.minimum_hours
           having coalesce(sum(a.hours), 0) < q.minimum_hours
            """;

    private final EntityManager em;

    public ShortfallQuery(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<Row> find(String prefix, int year, int page, int size) {
        List<Object[]> rows = bind(em.createNativeQuery("select r.candidate_id, r.name, r.county_code, r.township_code, r.village_code, "
                + "coalesce(sum(a.hours), 0), q.minimum_hours" + FROM
                + " order by q.minimum_hours - coalesce(sum(a.hours), 0) desc, r.candidate_id limit :limit offset :offset"), prefix, year)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        return rows.stream().map(r -> new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                Hours.of(year, (BigDecimal) r[5], (BigDecimal) r[6]))).toList();
    }

    public long count(String prefix, int year) {
        return ((Number) bind(em.createNativeQuery("select count(*) from (select r.candidate_id" + FROM + ") s"), prefix, year)
                .getSingleResult()).longValue();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, String prefix, int year) {
        return q.setParameter("year", year).setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .setParameter("prefix", prefix + "%");
    }
}
