package org.reservoir.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.reservoir.infrastructure.transitions.TransitionTable.row;

/**
 * A candidate's selection evaluation (选拔测评) under its campaign's plan: written test, the panel's interview sheets
 * (kept apart, {@link InterviewSheet}), field visit and, if planned, democratic recommendation. Sealing computes the
 * composite ({@link Scoring}), pass/fail and the rank among the campaign's sealed evaluations; a county admin may
 * correct a sealed result with a reason, which makes a new result version. Keyed by recruitment's candidate id.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends AuditedEntity<EvaluationStatus> {

    public static final TransitionTable<EvaluationAction, EvaluationStatus> TRANSITIONS = new TransitionTable<>("illegal-transition", List.of(
            row(EvaluationAction.SEAL, EnumSet.of(EvaluationStatus.OPEN), EnumSet.of(EvaluationStatus.SEALED), Roles.COUNTY_ADMIN, Roles.ASSESSOR),
            row(EvaluationAction.CORRECT, EnumSet.of(EvaluationStatus.SEALED, EvaluationStatus.CORRECTED), EnumSet.of(EvaluationStatus.CORRECTED),
                    Roles.COUNTY_ADMIN)));

    /** Recruitment statuses in which the result may still be corrected: not yet moved past evaluation. */
    public static final Set<String> CORRECTABLE_IN = Set.of("VETTED", "EVALUATED", "EVALUATION_FAILED");

    /** A correction: the reason and the scores it replaces (null: unchanged). */
    public record Correction(String reason, BigDecimal writtenTest, BigDecimal fieldVisitScore, Integer votesFor, Integer votesTotal) {
    }

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "candidate_name")
    public String candidateName;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Column(name = "written_test")
    public BigDecimal writtenTest;

    @Column(name = "households_visited")
    public Integer householdsVisited;

    @Column(name = "people_talked_to")
    public Integer peopleTalkedTo;

    public String findings;

    @Column(name = "field_visit_score")
    public BigDecimal fieldVisitScore;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_total")
    public Integer votesTotal;

    /** The panel's interview score (after trimming), set when sealed. */
    @Column(name = "interview_score")
    public BigDecimal interviewScore;

    public BigDecimal composite;

    public Boolean passed;

    /** Rank among the campaign's evaluations sealed at the time (the ranking resource gives the current one). */
    @Column(name = "rank_at_seal")
    public Integer rankAtSeal;

    @Column(name = "rank_of")
    public Integer rankOf;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Scoring.Part> breakdown;

    @Column(name = "result_version")
    public int resultVersion;

    @Column(name = "sealed_at")
    public OffsetDateTime sealedAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Evaluation open(UUID candidateId, UUID campaignId, UUID planId, String name, String county, String township,
                                  String village, OffsetDateTime now) {
        Evaluation e = new Evaluation();
        e.candidateId = candidateId;
        e.campaignId = campaignId;
        e.planId = planId;
        e.candidateName = name;
        e.countyCode = county;
        e.townshipCode = township;
        e.villageCode = village;
        e.status = EvaluationStatus.OPEN;
        e.createdAt = now;
        e.updatedAt = now;
        return e;
    }

    @Override
    public String jurisdiction() {
        return townshipCode;
    }

    // ---------------------------------------------------------------- entering scores (while OPEN)

    private Optional<Refusal> sealedRefusal() {
        return status == EvaluationStatus.OPEN ? Optional.empty() : Optional.of(Refusal.conflict("evaluation-sealed", candidateId, status));
    }

    private static Optional<Violation> range(String field, BigDecimal score, EvaluationPlan plan, Component c) {
        Optional<PlanComponent> p = plan.component(c);
        if (p.isEmpty()) {
            return Optional.of(new Violation(field, "component-not-in-plan", c));
        }
        if (score.signum() < 0 || score.compareTo(p.get().maxScore()) > 0) {
            return Optional.of(new Violation(field, "score-range", 0, p.get().maxScore()));
        }
        return Optional.empty();
    }

    public Optional<Refusal> enterWrittenTest(EvaluationPlan plan, BigDecimal score) {
        return sealedRefusal().or(() -> range("score", score, plan, Component.WRITTEN_TEST).map(v -> Refusal.unprocessable(List.of(v))))
                .or(() -> {
                    writtenTest = score;
                    return Optional.empty();
                });
    }

    public Optional<Refusal> enterFieldVisit(EvaluationPlan plan, int households, int people, String text, BigDecimal score) {
        return sealedRefusal().or(() -> range("score", score, plan, Component.FIELD_VISIT).map(v -> Refusal.unprocessable(List.of(v))))
                .or(() -> {
                    householdsVisited = households;
                    peopleTalkedTo = people;
                    findings = text;
                    fieldVisitScore = score;
                    return Optional.empty();
                });
    }

    private static Optional<Violation> votes(EvaluationPlan plan, int votesFor, int votesTotal) {
        if (plan.component(Component.DEMOCRATIC_RECOMMENDATION).isEmpty()) {
            return Optional.of(new Violation("votesFor", "component-not-in-plan", Component.DEMOCRATIC_RECOMMENDATION));
        }
        return votesFor > votesTotal ? Optional.of(new Violation("votesFor", "votes-exceed-total", votesFor, votesTotal)) : Optional.empty();
    }

    public Optional<Refusal> enterVotes(EvaluationPlan plan, int votesFor, int votesTotal) {
        return sealedRefusal().or(() -> votes(plan, votesFor, votesTotal).map(v -> Refusal.unprocessable(List.of(v))))
                .or(() -> {
                    this.votesFor = votesFor;
                    this.votesTotal = votesTotal;
                    return Optional.empty();
                });
    }

    /** A rater enters a sheet: only on the panel, only while open (a sealed panel takes no more scores). */
    public Optional<Refusal> sheetRefusal(EvaluationPlan plan, String rater) {
        return sealedRefusal().or(() -> plan.onPanel(rater) ? Optional.empty() : Optional.of(Refusal.forbidden("not-on-panel", rater)));
    }

    // ---------------------------------------------------------------- sealing and correcting

    /**
     * Seals: every planned component scored and at least the panel's minimum of sheets, or 409 evaluation-incomplete
     * naming what is missing. {@code sheetTotals} are the current sheets' totals; {@code others} the campaign's other
     * sealed results (for the rank).
     */
    public Decision<EvaluationStatus> seal(EvaluationPlan plan, List<BigDecimal> sheetTotals, List<Ranking.Entry> others, OffsetDateTime at) {
        List<String> missing = new ArrayList<>();
        Map<Component, BigDecimal> scores = scores(plan, sheetTotals, missing);
        if (!missing.isEmpty()) {
            return Decision.refuse(Refusal.conflict("evaluation-incomplete", Map.of("missing", missing), String.join(", ", missing)));
        }
        resultVersion = 1;
        sealedAt = at;
        return Decision.moveTo(EvaluationStatus.SEALED, null, settle(plan, scores, others));
    }

    /** A county admin's correction of a sealed result, refused once recruitment moved the candidate past evaluation. */
    public Decision<EvaluationStatus> correct(EvaluationPlan plan, Correction c, String recruitmentStatus, List<BigDecimal> sheetTotals,
                                              List<Ranking.Entry> others) {
        if (!CORRECTABLE_IN.contains(recruitmentStatus)) {
            return Decision.refuse(Refusal.conflict("correction-too-late", candidateId, recruitmentStatus));
        }
        List<Violation> violations = new ArrayList<>();
        if (c.reason() == null || c.reason().isBlank()) {
            violations.add(new Violation("reason", "reason-required"));
        }
        if (c.writtenTest() == null && c.fieldVisitScore() == null && c.votesFor() == null && c.votesTotal() == null) {
            violations.add(new Violation("writtenTest", "correction-empty"));
        }
        if (c.writtenTest() != null) {
            range("writtenTest", c.writtenTest(), plan, Component.WRITTEN_TEST).ifPresent(violations::add);
        }
        if (c.fieldVisitScore() != null) {
            range("fieldVisitScore", c.fieldVisitScore(), plan, Component.FIELD_VISIT).ifPresent(violations::add);
        }
        if (c.votesFor() != null || c.votesTotal() != null) {
            votes(plan, c.votesFor() == null ? votesFor : c.votesFor(), c.votesTotal() == null ? votesTotal : c.votesTotal())
                    .ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            return Decision.refuse(Refusal.unprocessable(violations));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("previousComposite", composite);
        before.put("previousResultVersion", resultVersion);
        if (c.writtenTest() != null) {
            writtenTest = c.writtenTest();
        }
        if (c.fieldVisitScore() != null) {
            fieldVisitScore = c.fieldVisitScore();
        }
        if (c.votesFor() != null) {
            votesFor = c.votesFor();
        }
        if (c.votesTotal() != null) {
            votesTotal = c.votesTotal();
        }
        List<String> missing = new ArrayList<>();
        Map<Component, BigDecimal> scores = scores(plan, sheetTotals, missing);
        resultVersion++;
        Map<String, Object> details = new LinkedHashMap<>(before);
        details.putAll(settle(plan, scores, others));
        return Decision.moveTo(EvaluationStatus.CORRECTED, c.reason(), details);
    }

    /** The component scores the plan needs, noting in {@code missing} what is not there. */
    private Map<Component, BigDecimal> scores(EvaluationPlan plan, List<BigDecimal> sheetTotals, List<String> missing) {
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        for (PlanComponent p : plan.components) {
            switch (p.component()) {
                case WRITTEN_TEST -> put(scores, p.component(), writtenTest, missing);
                case FIELD_VISIT -> put(scores, p.component(), fieldVisitScore, missing);
                case DEMOCRATIC_RECOMMENDATION -> put(scores, p.component(),
                        votesTotal == null || votesFor == null ? null : Scoring.voteShare(votesFor, votesTotal, p.maxScore()), missing);
                case INTERVIEW -> {
                    if (sheetTotals.size() < plan.minRaters || sheetTotals.isEmpty()) {
                        missing.add("INTERVIEW (" + sheetTotals.size() + "/" + plan.minRaters + ")");
                    } else {
                        scores.put(Component.INTERVIEW, plan.panelRule().score(sheetTotals));
                    }
                }
            }
        }
        return scores;
    }

    private static void put(Map<Component, BigDecimal> scores, Component c, BigDecimal score, List<String> missing) {
        if (score == null) {
            missing.add(c.name());
        } else {
            scores.put(c, score);
        }
    }

    private Map<String, Object> settle(EvaluationPlan plan, Map<Component, BigDecimal> scores, List<Ranking.Entry> others) {
        Scoring.Result result = Scoring.composite(plan.components, scores);
        interviewScore = scores.get(Component.INTERVIEW);
        composite = result.composite();
        breakdown = result.breakdown();
        passed = Scoring.passes(composite, plan.passLine);
        List<Ranking.Entry> all = new ArrayList<>(others);
        all.add(entry());
        List<Ranking.Place> places = Ranking.rank(all, plan.tieBreak);
        rankAtSeal = places.stream().filter(p -> p.entry().candidateId().equals(candidateId)).findFirst().orElseThrow().rank();
        rankOf = places.size();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("composite", composite);
        details.put("passed", passed);
        details.put("rank", rankAtSeal);
        details.put("resultVersion", resultVersion);
        return details;
    }

    /** This result as the ranking sees it; only for sealed evaluations. */
    public Ranking.Entry entry() {
        Map<Component, BigDecimal> scores = new EnumMap<>(Component.class);
        breakdown.forEach(p -> scores.put(p.component(), p.score()));
        return new Ranking.Entry(candidateId, composite, scores);
    }
}
