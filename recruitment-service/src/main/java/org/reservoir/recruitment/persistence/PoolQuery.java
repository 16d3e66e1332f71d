package org.reservoir.recruitment.persistence;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.reservoir.recruitment.domain.BenchTarget;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Filtered, sorted, paginated look-ups over the pool, and bench strength per village. */
@ApplicationScoped
public class PoolQuery {

    /** Sort keys a caller may use; the id always breaks ties so pages are stable. */
    public enum SortKey {
        registeredAt("registeredAt"), name("name"), birthDate("birthDate"), compositeScore("compositeScore"), status("status");

        final String field;

        SortKey(String field) {
            this.field = field;
        }
    }

    /** Filters; null or empty means any. {@code within} is a division-code prefix (the region and everything below). */
    public record Filter(String within, Set<CandidateStatus> statuses, Track track, SourceGroup sourceGroup, Channel channel,
                         Integer minAge, Integer maxAge, EducationLevel minEducation, PoliticalStatus politicalStatus, UUID campaignId) {

        /** The same criteria under another division prefix. */
        public Filter within(String prefix) {
            return new Filter(prefix, statuses, track, sourceGroup, channel, minAge, maxAge, minEducation, politicalStatus, campaignId);
        }
    }

    private final EntityManager em;
    private final Clock clock;

    public PoolQuery(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public List<Candidate> find(Filter f, SortKey key, boolean descending, int page, int size) {
        // Unscored (null) last in both directions; PostgreSQL would put them first when descending.
        Sort sort = Sort.by(key.field, descending ? Sort.Direction.Descending : Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST);
        return Candidate.<Candidate>find(where(f), sort.and("id"), params(f)).page(Page.of(page, size)).list();
    }

    public long count(Filter f) {
        return Candidate.count(where(f), params(f));
    }

    private static String where(Filter f) {
        List<String> c = new ArrayList<>(List.of("villageCode like :within"));
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            c.add("status in :statuses");
        }
        if (f.track() != null) {
            c.add("track = :track");
        }
        if (f.sourceGroup() != null) {
            c.add("sourceGroup = :sourceGroup");
        }
        if (f.channel() != null) {
            c.add("channel = :channel");
        }
        if (f.minAge() != null) {
            c.add("birthDate <= :bornBy");
        }
        if (f.maxAge() != null) {
            c.add("birthDate > :bornAfter");
        }
        if (f.minEducation() != null) {
            c.add("educationLevel in :educations");
        }
        if (f.politicalStatus() != null) {
            c.add("politicalStatus = :politicalStatus");
        }
        if (f.campaignId() != null) {
            c.add("campaignId = :campaignId");
        }
        return String.join(" and ", c);
    }

    private Parameters params(Filter f) {
        Parameters p = Parameters.with("within", f.within() + "%");
        LocalDate today = LocalDate.now(clock);
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            p.and("statuses", f.statuses());
        }
        if (f.track() != null) {
            p.and("track", f.track());
        }
        if (f.sourceGroup() != null) {
            p.and("sourceGroup", f.sourceGroup());
        }
        if (f.channel() != null) {
            p.and("channel", f.channel());
        }
        if (f.minAge() != null) {
            p.and("bornBy", today.minusYears(f.minAge()));
        }
        if (f.maxAge() != null) {
            p.and("bornAfter", today.minusYears(f.maxAge() + 1L));
        }
        if (f.minEducation() != null) {
            p.and("educations", Arrays.stream(EducationLevel.values()).filter(e -> e.atLeast(f.minEducation())).toList());
        }
        if (f.politicalStatus() != null) {
            p.and("politicalStatus", f.politicalStatus());
        }
        if (f.campaignId() != null) {
            p.and("campaignId", f.campaignId());
        }
        return p;
    }

    /** One village's bench against the target; a null {@code targetMax} means no upper bound. */
    public record VillageBench(String villageCode, String name, long fullTime, long partTime, long total, int targetMin, Integer targetMax,
                               String status) {
    }

    public List<VillageBench> bench(String prefix, BenchTarget target) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.code, r.name,
                               count(c.id) filter (where c.track = 'FULL_TIME'),
                               count(c.id) filter (where c.track = 'PART_TIME')
                        from region r
                        left join candidate c on c.village_code = r.code and c.status in (:bench)
                        where r.level = 'VILLAGE' and r.active and r.code like :prefix
                        group by r.code, r.name order by r.code""")
                .setParameter("bench", CandidateStatus.bench().stream().map(Enum::name).toList())
                .setParameter("prefix", prefix + "%").getResultList();
        Map<String, VillageBench> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long full = ((Number) r[2]).longValue();
            long part = ((Number) r[3]).longValue();
            long total = full + part;
            out.put(((String) r[0]).trim(), new VillageBench(((String) r[0]).trim(), (String) r[1], full, part, total, target.min(), target.max(),
                    target.status(total)));
        }
        return new ArrayList<>(out.values());
    }
}
