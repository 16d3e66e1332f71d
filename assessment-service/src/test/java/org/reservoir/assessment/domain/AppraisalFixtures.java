package org.reservoir.assessment.domain;

import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Plain-Java fixtures for appraisal tests: Neixiang county (内乡县, seed 003), a township, a village, a fixed "now". */
final class AppraisalFixtures {

    static final String COUNTY = "411325000000";
    static final String TOWNSHIP = "411325100000";
    static final String VILLAGE = "411325100201";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    static final Actor COUNTY_ADMIN = new Actor("admin", Set.of(Roles.COUNTY_ADMIN), new DivisionCode(COUNTY), false);
    static final Actor OTHER_COUNTY_ADMIN = new Actor("other", Set.of(Roles.COUNTY_ADMIN), new DivisionCode("652327000000"), false);

    private AppraisalFixtures() {
    }

    /** 德 20, 能 20, 勤 20, 绩 30, 廉 10. */
    static List<AppraisalCycle.DimensionSpec> dimensions() {
        return List.of(new AppraisalCycle.DimensionSpec(Dimension.MORALITY, 20, "政治素质、道德品行"),
                new AppraisalCycle.DimensionSpec(Dimension.ABILITY, 20, "履职能力"),
                new AppraisalCycle.DimensionSpec(Dimension.DILIGENCE, 20, "出勤与工作态度"),
                new AppraisalCycle.DimensionSpec(Dimension.PERFORMANCE, 30, "工作实绩"),
                new AppraisalCycle.DimensionSpec(Dimension.INTEGRITY, 10, "廉洁自律"));
    }

    static AppraisalCycle.Definition definition() {
        return new AppraisalCycle.Definition(COUNTY, 2026, AppraisalPeriod.MID_YEAR, null, LocalDate.of(2026, 7, 15), dimensions(), 30);
    }

    static AppraisalCycle cycle() {
        AppraisalCycle c = AppraisalCycle.draft(UUID.randomUUID(), definition(), GradeRules.shipped(), AdjustmentRules.shipped(), NOW);
        return AuditedState.set(c, AppraisalCycle.Status.OPEN, c.version());
    }

    static Appraisal appraisal(AppraisalCycle cycle) {
        return Appraisal.open(UUID.randomUUID(), cycle,
                new Appraisal.Reserve(UUID.randomUUID(), "张三", COUNTY, TOWNSHIP, VILLAGE), NOW);
    }

    static Map<Dimension, BigDecimal> scores(String morality, String ability, String diligence, String performance, String integrity) {
        Map<Dimension, BigDecimal> s = new EnumMap<>(Dimension.class);
        s.put(Dimension.MORALITY, new BigDecimal(morality));
        s.put(Dimension.ABILITY, new BigDecimal(ability));
        s.put(Dimension.DILIGENCE, new BigDecimal(diligence));
        s.put(Dimension.PERFORMANCE, new BigDecimal(performance));
        s.put(Dimension.INTEGRITY, new BigDecimal(integrity));
        return s;
    }

    static Map<Dimension, BigDecimal> allScores(String score) {
        return scores(score, score, score, score, score);
    }

    static GroupVotes villagers(int excellent, int competent, int basically, int incompetent) {
        return new GroupVotes(VoterGroup.VILLAGERS, excellent, competent, basically, incompetent);
    }

    static GroupVotes members(int excellent, int competent, int basically, int incompetent) {
        return new GroupVotes(VoterGroup.PARTY_MEMBERS, excellent, competent, basically, incompetent);
    }
}
