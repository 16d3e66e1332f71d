package org.reservoir.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.reservoir.infrastructure.persistence.SizedStatements;
import org.reservoir.reporting.domain.AlertRules;
import org.reservoir.reporting.domain.Appraisals;
import org.reservoir.reporting.domain.CoverageTarget;
import org.reservoir.reporting.domain.Cultivation;
import org.reservoir.reporting.domain.Reserve;
import org.reservoir.reporting.domain.ReserveStatus;
import org.reservoir.reporting.domain.Structure;
import org.reservoir.reporting.domain.Village;
import org.reservoir.reporting.domain.VillageTally;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the projections for the reports: villages, candidates, campaigns and targets under a division code's prefix. */
@ApplicationScoped
public class ReportData {

    private final EntityManager em;
    private final SizedStatements statements;

    public ReportData(EntityManager em, SizedStatements statements) {
        this.em = em;
        this.statements = statements;
    }

    /** A campaign as reporting knows it. */
    public record CampaignInfo(UUID id, String name, String scopeCode, String countyCode, String status, Integer maxAge) {
    }

    /** A region below a scope, for drill-down. */
    public record Child(String code, String name, String level) {
    }

    /** The villages a read covers: every one under a division code's prefix, or those named (one statement either way). */
    public record Villages(String prefix, Collection<String> codes) {

        public static Villages under(String prefix) {
            return new Villages(prefix, null);
        }

        public static Villages of(Collection<String> codes) {
            return new Villages(null, List.copyOf(codes));
        }

        /** The condition on a village code column, with its value as parameter ?1. */
        public String on(String column) {
            return prefix != null ? column + " like ?1" : column + " = any(cast(string_to_array(?1, ',') as bpchar[]))";
        }

        public String parameter() {
            return prefix != null ? prefix + "%" : String.join(",", codes);
        }
    }

    /** Active villages whose code starts with {@code prefix}, in code order, with their township's name. */
    public List<Village> villages(String prefix) {
        return villages(Villages.under(prefix));
    }

    public List<Village> villages(Villages which) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select v.code, v.name, t.code, t.name, coalesce(v.committee_seats, 0)
                        from region_projection v left join region_projection t on t.code = cast(substr(v.code, 1, 9) || '000' as char(12))
                        where v.active and v.level = 'VILLAGE'""" + " and " + which.on("v.code") + " order by v.code")
                .setParameter(1, which.parameter()).getResultList();
        return rows.stream().map(r -> new Village((String) r[0], (String) r[1], ((String) r[0]).substring(0, 9) + "000",
                (String) r[3], ((Number) r[4]).intValue())).toList();
    }

    /** Active villages under {@code prefix} in code order, and the tally of each that has one. */
    public record VillageTallies(List<Village> villages, Map<String, VillageTally> tallies) {
    }

    /**
     * What {@link #villages} gives, with each village's tally read in the same query. The county's 10,000 villages are the
     * first answer after every change (a cold report), so the read stays plain: the townships' names come from a query of
     * their own, the sort is done here (PostgreSQL's collation sort of the codes and the join of every region to find a
     * township took two thirds of the statement), and rows are read through JDBC, not Hibernate's row processing.
     */
    public VillageTallies villageTallies(String prefix) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, String> townships = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select code, name from region_projection where level = 'TOWNSHIP' and code like ?")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        townships.put(r.getString(1), r.getString(2));
                    }
                }
            }
            List<Village> villages = new ArrayList<>();
            Map<String, VillageTally> tallies = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select v.code, v.name, coalesce(v.committee_seats, 0), x.bench_full_time, x.bench_part_time, x.ready, x.elected,
                           x.one_shoulder, x.one_shoulder_local, x.proposed, x.on_post
                    from region_projection v left join village_tally x on x.village_code = v.code
                    where v.active and v.level = 'VILLAGE' and v.code like ?""")) {
                s.setString(1, prefix + "%");
                s.setFetchSize(2000);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String code = r.getString(1);
                        String township = code.substring(0, 9) + "000";
                        villages.add(new Village(code, r.getString(2), township, townships.get(township), r.getInt(3)));
                        long fullTime = r.getLong(4);
                        if (!r.wasNull()) {
                            tallies.put(code, new VillageTally(fullTime, r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8),
                                    r.getLong(9), r.getLong(10), r.getLong(11)));
                        }
                    }
                }
            }
            return new VillageTallies(Village.inCodeOrder(villages), tallies);
        });
    }

    /** Structure cells of a population under {@code prefix} (of one campaign or all), summed per township. */
    public Map<String, List<Structure.Cell>> structureCells(String prefix, Reports.Population population, UUID campaignId) {
        var query = em.createNativeQuery("""
                        select township_code, dimension, value, sum(reserves) from structure_tally
                        where township_code like ?1 and population = ?2""" + (campaignId == null ? "" : " and campaign_id = ?3")
                        + " group by township_code, dimension, value having sum(reserves) <> 0")
                .setParameter(1, prefix + "%").setParameter(2, population.name());
        if (campaignId != null) {
            query.setParameter(3, campaignId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<Structure.Cell>> cells = new TreeMap<>();
        for (Object[] r : rows) {
            cells.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Structure.Cell(Structure.Dimension.valueOf((String) r[1]), (String) r[2], n(r[3])));
        }
        return cells;
    }

    private static final String RESERVE_COLUMNS = """
            candidate_id, campaign_id, county_code, township_code, village_code, track, status, target_post, gender,
            birth_year, education_level, political_status, ethnicity, local_talent, source_group, channel, elected_posts,
            exit_reason, exited_from, probation_start, probation_planned_end""";
    private static final List<String> RESERVE_COLUMN_NAMES = Arrays.stream(RESERVE_COLUMNS.split(",")).map(String::trim).toList();
    /** The statuses on the bench, as one parameter of {@link #alertSubjects}. */
    private static final String BENCH_STATUSES = Arrays.stream(ReserveStatus.values()).filter(ReserveStatus::onBench).map(Enum::name)
            .collect(Collectors.joining(","));

    /** Candidates whose village code starts with {@code prefix}, of one campaign or all; statuses this version does not know are left out. */
    public List<Reserve> reserves(String prefix, UUID campaignId) {
        return reserves(Villages.under(prefix), campaignId);
    }

    public List<Reserve> reserves(Villages which, UUID campaignId) {
        return reserves(statements.rows("select " + RESERVE_COLUMNS + " from candidate_projection where " + jdbc(which.on("village_code"))
                + (campaignId == null ? "" : " and campaign_id = ?"), campaignId == null ? List.of(which.parameter()) : List.of(which.parameter(), campaignId)));
    }

    /** The reserves of projection rows read by {@link #RESERVE_COLUMNS}; statuses this version does not know are left out. */
    private static List<Reserve> reserves(List<Object[]> rows) {
        List<Reserve> reserves = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            reserve(r).ifPresent(reserves::add);
        }
        return reserves;
    }

    /** The tallies of the villages {@code which} names that have one, by village code. */
    public Map<String, VillageTally> tallies(Villages which) {
        List<Object[]> rows = statements.rows("select village_code, bench_full_time, bench_part_time, ready, elected, one_shoulder,"
                + " one_shoulder_local, proposed, on_post from village_tally where " + jdbc(which.on("village_code")), List.of(which.parameter()));
        Map<String, VillageTally> tallies = new HashMap<>();
        for (Object[] r : rows) {
            tallies.put(trim(r[0]), new VillageTally(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8])));
        }
        return tallies;
    }

    /**
     * The reserves under {@code which} that can be alerts of their own on {@code today}, which {@link AlertRules#reserveCauses}
     * decides: on probation ending by {@link AlertRules#probationEndingBy}, or on the bench and born before
     * {@link AlertRules#ageLimitYear} minus their campaign's age limit. The other reserves count for alerts only through
     * their village's tally; reading all of them was most of a candidate batch's cost in an import.
     */
    public List<Reserve> alertSubjects(Villages which, LocalDate today) {
        return reserves(statements.rows("select " + RESERVE_COLUMNS + " from candidate_projection p where " + jdbc(which.on("village_code"))
                + " and ((status = ? and probation_planned_end <= ?) or (status = any(string_to_array(?, ','))"
                + " and birth_year < ? - (select c.max_age from campaign_projection c where c.campaign_id = p.campaign_id)))",
                List.of(which.parameter(), ReserveStatus.ON_PROBATION.name(), AlertRules.probationEndingBy(today), BENCH_STATUSES,
                        AlertRules.ageLimitYear(today))));
    }

    /** A candidate's projection row as the candidate handler needs it before writing a newer one. */
    public record Projected(Optional<Reserve> reserve, long version, String exitedFrom) {
    }

    /** The projection rows of these candidates that exist, read with one statement. */
    public Map<UUID, Projected> projected(Collection<UUID> ids) {
        List<Object[]> rows = statements.rows("select " + RESERVE_COLUMNS + ", version from candidate_projection"
                + " where candidate_id = any(cast(string_to_array(?, ',') as uuid[]))",
                List.of(ids.stream().map(UUID::toString).distinct().collect(Collectors.joining(","))));
        Map<UUID, Projected> projected = new HashMap<>();
        for (Object[] r : rows) {
            projected.put((UUID) r[0], new Projected(reserve(r), ((Number) r[21]).longValue(), (String) r[18]));
        }
        return projected;
    }

    /** A condition written for a native query ({@code ?1}) as plain JDBC wants it. */
    private static String jdbc(String condition) {
        return condition.replace("?1", "?");
    }

    /** A candidate from its projection row by column (as the handler writes it), empty for a status this version does not know. */
    public static Optional<Reserve> reserve(Map<String, Object> row) {
        return reserve(RESERVE_COLUMN_NAMES.stream().map(row::get).toArray());
    }

    private static Optional<Reserve> reserve(Object[] r) {
        Optional<ReserveStatus> status = ReserveStatus.parse((String) r[6]);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String posts = (String) r[16];
        return Optional.of(new Reserve((UUID) r[0], (UUID) r[1], trim(r[2]), trim(r[3]), trim(r[4]), (String) r[5], status.get(),
                (String) r[7], (String) r[8], ((Number) r[9]).intValue(), (String) r[10], (String) r[11], (String) r[12],
                Boolean.TRUE.equals(r[13]), (String) r[14], (String) r[15],
                posts == null || posts.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(posts.split(","))),
                (String) r[17], r[18] == null ? null : ReserveStatus.parse((String) r[18]).orElse(null), date(r[19]), date(r[20])));
    }

    private static String trim(Object value) {
        return value == null ? null : ((String) value).trim();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }

    public Optional<CampaignInfo> campaign(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select campaign_id, name, scope_code, county_code, status, max_age from campaign_projection"
                + " where campaign_id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ReportData::campaignInfo);
    }

    /** Campaigns of the counties under {@code prefix} (or of the county containing it), by name; callers filter by scope. */
    public List<CampaignInfo> campaigns(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select campaign_id, name, scope_code, county_code, status, max_age from campaign_projection"
                + " where county_code like ?1 order by name, campaign_id")
                .setParameter(1, (prefix.length() > 6 ? prefix.substring(0, 6) : prefix) + "%").getResultList();
        return rows.stream().map(ReportData::campaignInfo).toList();
    }

    /** The age limit of every campaign reporting knows that has one. */
    public Map<UUID, Integer> maxAges() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select campaign_id, max_age from campaign_projection where max_age is not null").getResultList();
        Map<UUID, Integer> ages = new HashMap<>();
        rows.forEach(r -> ages.put((UUID) r[0], ((Number) r[1]).intValue()));
        return ages;
    }

    /** The region's name and level, when the projection holds it. */
    public Optional<Child> region(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, level from region_projection where code = ?1")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(r -> new Child((String) r[0], (String) r[1], (String) r[2]));
    }

    /** Active regions one level below {@code code}, in code order. */
    public List<Child> children(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name, level from region_projection where active and parent_code = ?1 order by code")
                .setParameter(1, code).getResultList();
        return rows.stream().map(r -> new Child((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Every county's target that differs from the default. */
    public Map<String, CoverageTarget> targets() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select county_code, target_min, target_max from coverage_target").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0],
                r -> new CoverageTarget(((Number) r[1]).intValue(), r[2] == null ? null : ((Number) r[2]).intValue())));
    }

    /** Appraisals of reserves whose village code starts with {@code prefix}. */
    public List<Appraisals.Appraisal> appraisals(String prefix) {
        return appraisals(Villages.under(prefix));
    }

    public List<Appraisals.Appraisal> appraisals(Villages which) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select appraisal_id, cycle_id, candidate_id, village_code, period, grade, overdue_deadline
                        from appraisal_projection""" + " where " + which.on("village_code"))
                .setParameter(1, which.parameter()).getResultList();
        return rows.stream().map(r -> new Appraisals.Appraisal((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                (String) r[5], date(r[6]))).toList();
    }

    public List<Appraisals.Proposal> proposals(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select proposal_id, appraisal_id, candidate_id, village_code, kind, status
                        from proposal_projection where village_code like ?1""")
                .setParameter(1, prefix + "%").getResultList();
        return rows.stream().map(r -> new Appraisals.Proposal((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                (String) r[5])).toList();
    }

    /** Mentor pairs with their silent months and the latest month they have a follow-up for. */
    public List<Cultivation.Pair> pairs(String prefix) {
        return pairs(Villages.under(prefix));
    }

    public List<Cultivation.Pair> pairs(Villages which) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.pair_id, p.candidate_id, p.village_code, p.status,
                               (select string_agg(s.month, ',' order by s.month) from mentor_silent_month s where s.pair_id = p.pair_id),
                               (select max(f.month) from mentor_followup_projection f where f.pair_id = p.pair_id)
                        from mentor_pair_projection p""" + " where " + which.on("p.village_code"))
                .setParameter(1, which.parameter()).getResultList();
        return rows.stream().map(r -> new Cultivation.Pair((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                r[4] == null ? List.of() : List.of(((String) r[4]).split(",")), r[5] == null ? null : r[5].toString())).toList();
    }

    /** The month of every follow-up recorded for reserves under {@code prefix}. */
    public List<String> followUpMonths(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select month from mentor_followup_projection where village_code like ?1")
                .setParameter(1, prefix + "%").getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /** Each reserve's hours credited in {@code year}. */
    public Map<UUID, BigDecimal> hours(String prefix, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select candidate_id, sum(hours) from hours_credit_projection
                        where village_code like ?1 and attended_on between ?2 and ?3 group by candidate_id""")
                .setParameter(1, prefix + "%").setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31))
                .getResultList();
        Map<UUID, BigDecimal> hours = new HashMap<>();
        rows.forEach(r -> hours.put((UUID) r[0], (BigDecimal) r[1]));
        return hours;
    }

    public List<Cultivation.Post> posts(String prefix) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select candidate_id, village_code, post_kind, cross_village, status from practice_projection where village_code like ?1")
                .setParameter(1, prefix + "%").getResultList();
        return rows.stream().map(r -> new Cultivation.Post((UUID) r[0], (String) r[1], (String) r[2], Boolean.TRUE.equals(r[3]),
                (String) r[4])).toList();
    }

    private static CampaignInfo campaignInfo(Object[] r) {
        return new CampaignInfo((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                r[5] == null ? null : ((Number) r[5]).intValue());
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
