package org.reservoir.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One reserve's appraisal in a cycle: the township committee's score per dimension, the democratic appraisal's ballots
 * per voter group, and — once graded — the total, the grade and the rule that gave it. Scores and votes may be recorded
 * and corrected (each a history line) until the appraisal is graded.
 */
@Entity
@Table(name = "appraisal")
public class Appraisal extends AuditedEntity<Appraisal.Status> {

    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);
    /** Ballots per voter group: far above any village's electorate, low enough that sums never overflow. */
    public static final int MAX_VOTES = 100_000;

    @Schema(name = "AppraisalStatus", extensions = @Extension(name = "x-label-type", value = "Appraisal.Status"))
    public enum Status {
        /** scores and votes being recorded */
        OPEN,
        GRADED,
        /** the reserve left the pool before grading */
        WITHDRAWN
    }

    @Schema(name = "AppraisalAction", extensions = @Extension(name = "x-label-type", value = "Appraisal.Action"))
    public enum Action {
        RECORD_SCORES, RECORD_VOTES, GRADE, WITHDRAW
    }

    /** The township (officer or assessor) scores and grades its own reserves; the county may too. */
    public static final TransitionTable<Action, Status> TRANSITIONS = new TransitionTable<>("appraisal-status", List.of(
            TransitionTable.row(Action.RECORD_SCORES, EnumSet.of(Status.OPEN), EnumSet.of(Status.OPEN),
                    Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN),
            TransitionTable.row(Action.RECORD_VOTES, EnumSet.of(Status.OPEN), EnumSet.of(Status.OPEN),
                    Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN),
            TransitionTable.row(Action.GRADE, EnumSet.of(Status.OPEN), EnumSet.of(Status.GRADED),
                    Roles.TOWNSHIP_OFFICER, Roles.ASSESSOR, Roles.COUNTY_ADMIN),
            TransitionTable.row(Action.WITHDRAW, EnumSet.of(Status.OPEN), EnumSet.of(Status.WITHDRAWN), Roles.SERVICE)));

    @Id
    public UUID id;

    @Column(name = "cycle_id")
    public UUID cycleId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    /** e.g. 2026-H1 */
    public String period;

    public LocalDate deadline;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<Dimension, BigDecimal> scores = new EnumMap<>(Dimension.class);

    @JdbcTypeCode(SqlTypes.JSON)
    public List<GroupVotes> votes = new ArrayList<>();

    @Column(name = "committee_score")
    public BigDecimal committeeScore;

    @Column(name = "democratic_score")
    public BigDecimal democraticScore;

    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "grade_rule")
    public String gradeRule;

    @Column(name = "graded_at")
    public OffsetDateTime gradedAt;

    @Column(name = "overdue_reported_at")
    public OffsetDateTime overdueReportedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The reserve as the cycle found it when it opened. */
    public record Reserve(UUID candidateId, String name, String countyCode, String townshipCode, String villageCode) {
    }

    public static Appraisal open(UUID id, AppraisalCycle cycle, Reserve r, OffsetDateTime now) {
        Appraisal a = new Appraisal();
        a.id = id;
        a.cycleId = cycle.id;
        a.candidateId = r.candidateId();
        a.candidateName = r.name();
        a.countyCode = r.countyCode();
        a.townshipCode = r.townshipCode();
        a.villageCode = r.villageCode();
        a.period = cycle.periodKey();
        a.deadline = cycle.deadline;
        a.status = Status.OPEN;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** Open past the cycle's deadline. */
    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(deadline);
    }

    /**
     * The committee's scores for some or all dimensions (0..100, at most two decimals); a dimension scored again is
     * replaced, and the history line keeps what it replaced.
     */
    public Decision<Status> recordScores(Map<Dimension, BigDecimal> given) {
        List<Violation> violations = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            violations.add(new Violation("scores", "scores-required"));
        } else {
            given.forEach((d, s) -> {
                if (s == null || s.signum() < 0 || s.compareTo(MAX_SCORE) > 0) {
                    violations.add(new Violation("scores." + d, "score-range", 0, MAX_SCORE));
                } else if (s.stripTrailingZeros().scale() > GradeRules.SCALE) {
                    violations.add(new Violation("scores." + d, "score-decimals", s, GradeRules.SCALE));
                }
            });
        }
        if (!violations.isEmpty()) {
            return Decision.refuse(Refusal.unprocessable(violations));
        }
        Map<String, Object> replaced = new LinkedHashMap<>();
        Map<Dimension, BigDecimal> next = new EnumMap<>(Dimension.class);
        next.putAll(scores);
        given.forEach((d, s) -> {
            if (scores.containsKey(d)) {
                replaced.put(d.name(), scores.get(d));
            }
            next.put(d, s);
        });
        scores = next;
        Map<String, Object> details = new LinkedHashMap<>();
        given.forEach((d, s) -> details.put(d.name(), s));
        if (!replaced.isEmpty()) {
            details.put("replaced", replaced);
        }
        return Decision.moveTo(Status.OPEN, null, details);
    }

    /** The democratic appraisal's ballots of one or both voter groups; a group recorded again is replaced. */
    public Decision<Status> recordVotes(List<GroupVotes> given) {
        List<Violation> violations = new ArrayList<>();
        Set<VoterGroup> seen = EnumSet.noneOf(VoterGroup.class);
        for (int i = 0; i < given.size(); i++) {
            GroupVotes v = given.get(i);
            if (!seen.add(v.group())) {
                violations.add(new Violation("votes[" + i + "].group", "voter-group-repeated", v.group()));
            }
            for (Grade g : Grade.values()) {
                if (v.count(g) < 0 || v.count(g) > MAX_VOTES) {
                    violations.add(new Violation("votes[" + i + "]." + field(g), "vote-count-range", v.count(g), MAX_VOTES));
                }
            }
            if (v.total() == 0) {
                violations.add(new Violation("votes[" + i + "]", "ballots-required", v.group()));
            }
        }
        if (!violations.isEmpty()) {
            return Decision.refuse(Refusal.unprocessable(violations));
        }
        List<GroupVotes> next = new ArrayList<>(votes.stream().filter(v -> !seen.contains(v.group())).toList());
        next.addAll(given);
        next.sort(Comparator.comparing(GroupVotes::group));
        votes = next;
        Map<String, Object> details = new LinkedHashMap<>();
        given.forEach(v -> details.put(v.group().name(), Map.of("EXCELLENT", v.excellent(), "COMPETENT", v.competent(),
                "BASICALLY_COMPETENT", v.basicallyCompetent(), "INCOMPETENT", v.incompetent())));
        return Decision.moveTo(Status.OPEN, null, details);
    }

    private static String field(Grade g) {
        return switch (g) {
            case EXCELLENT -> "excellent";
            case COMPETENT -> "competent";
            case BASICALLY_COMPETENT -> "basicallyCompetent";
            case INCOMPETENT -> "incompetent";
        };
    }

    /**
     * Grades by the cycle's weights and the rule tables once every dimension is scored and ballots are recorded
     * (409 appraisal-incomplete naming what is missing). {@code earlier} are the reserve's earlier grades, newest first;
     * the history line names the proposals {@link #proposals} makes.
     */
    public Decision<Status> grade(AppraisalCycle cycle, GradeRules grades, AdjustmentRules adjustments, List<Grade> earlier,
                                  OffsetDateTime now) {
        Set<Dimension> missing = EnumSet.allOf(Dimension.class);
        missing.removeAll(scores.keySet());
        if (!missing.isEmpty() || votes.isEmpty()) {
            return Decision.refuse(Refusal.conflict("appraisal-incomplete",
                    Map.of("missingDimensions", missing.stream().map(Enum::name).toList(), "votesRecorded", !votes.isEmpty()),
                    missing, votes.isEmpty() ? 0 : votes.stream().mapToInt(GroupVotes::total).sum()));
        }
        GradeRules.Outcome o = grades.grade(scores, cycle.weights(), cycle.democraticWeight, votes);
        committeeScore = o.committeeScore();
        democraticScore = o.democraticScore();
        total = o.total();
        grade = o.grade();
        gradeRule = o.ruleId();
        gradedAt = now;
        List<AdjustmentRules.Proposed> proposals = proposals(adjustments, earlier);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("total", o.total());
        details.put("committeeScore", o.committeeScore());
        details.put("democraticScore", o.democraticScore());
        details.put("grade", o.grade().name());
        details.put("rule", o.ruleId());
        details.put("proposals", proposals.stream().map(p -> p.kind().name()).toList());
        return Decision.moveTo(Status.GRADED, null, details);
    }

    /** Dynamic adjustment's proposals for this graded appraisal. */
    public List<AdjustmentRules.Proposed> proposals(AdjustmentRules adjustments, List<Grade> earlier) {
        return grade == null ? List.of() : adjustments.proposals(grade, earlier);
    }

    /** The reserve left the pool (recruitment's events): nothing left to appraise. */
    public Decision<Status> withdraw(String why) {
        return Decision.moveTo(Status.WITHDRAWN, why, Map.of());
    }

    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
