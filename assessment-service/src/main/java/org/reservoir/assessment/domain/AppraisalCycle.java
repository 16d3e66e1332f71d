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
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A county's half-yearly appraisal cycle (半年考评): the period, the deadline, the five dimensions 德能勤绩廉 with their
 * weights (summing to 100) and scoring guidance, and the weight of the democratic appraisal in the total. Opening it
 * (by hand, or on {@code opensOn} by the scheduled job) creates one appraisal per reserve in scope.
 */
@Entity
@Table(name = "appraisal_cycle")
public class AppraisalCycle extends AuditedEntity<AppraisalCycle.Status> {

    @Schema(name = "AppraisalCycleStatus", extensions = @Extension(name = "x-label-type", value = "AppraisalCycle.Status"))
    public enum Status {
        DRAFT, OPEN, CLOSED
    }

    /** What is done to a cycle, as its history names it; OPEN and CLOSE are transitions of {@link #TRANSITIONS}. */
    @Schema(name = "AppraisalCycleAction", extensions = @Extension(name = "x-label-type", value = "AppraisalCycle.Action"))
    public enum Action {
        CREATE, OPEN, CLOSE
    }

    /** The county admin opens and closes; the service opens a cycle whose {@code opensOn} has come. */
    public static final TransitionTable<Action, Status> TRANSITIONS = new TransitionTable<>("appraisal-cycle-status", List.of(
            TransitionTable.row(Action.OPEN, EnumSet.of(Status.DRAFT), EnumSet.of(Status.OPEN), Roles.COUNTY_ADMIN, Roles.SERVICE),
            TransitionTable.row(Action.CLOSE, EnumSet.of(Status.OPEN), EnumSet.of(Status.CLOSED), Roles.COUNTY_ADMIN)));

    /** One dimension of the cycle: its weight (0..100) and what the township should look at when scoring it. */
    public record DimensionSpec(Dimension dimension, int weight, String guidance) {
    }

    /** Everything a new cycle states; {@code opensOn} null means opened by hand. */
    public record Definition(String countyCode, int year, AppraisalPeriod period, LocalDate opensOn, LocalDate deadline,
                             List<DimensionSpec> dimensions, int democraticWeight) {
    }

    @Id
    public UUID id;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public AppraisalPeriod period;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    public LocalDate deadline;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<DimensionSpec> dimensions = new ArrayList<>();

    @Column(name = "democratic_weight")
    public int democraticWeight;

    @Column(name = "grade_rules_version")
    public String gradeRulesVersion;

    @Column(name = "adjustment_rules_version")
    public String adjustmentRulesVersion;

    @Column(name = "appraisal_count")
    public int appraisalCount;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The period's name, e.g. {@code 2026-H1}. */
    public String periodKey() {
        return period.key(year);
    }

    public Map<Dimension, Integer> weights() {
        Map<Dimension, Integer> w = new EnumMap<>(Dimension.class);
        dimensions.forEach(d -> w.put(d.dimension(), d.weight()));
        return w;
    }

    /**
     * Why a definition is refused: outside the actor's county (403), or every broken rule at once (422) — the five
     * dimensions each once, weights summing to 100, a deadline after the opening and inside the period's year.
     */
    public static Optional<Refusal> check(Definition d, Actor actor, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (!DivisionCode.isWellFormed(d.countyCode()) || !new DivisionCode(d.countyCode()).county().value().equals(d.countyCode())) {
            violations.add(new Violation("countyCode", "county-code", d.countyCode()));
        } else if (!actor.covers(d.countyCode())) {
            return Optional.of(Refusal.forbidden("out-of-jurisdiction", d.countyCode(), actor.regionCode()));
        }
        List<DimensionSpec> dims = d.dimensions() == null ? List.of() : d.dimensions();
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        int sum = 0;
        for (int i = 0; i < dims.size(); i++) {
            DimensionSpec s = dims.get(i);
            if (s == null || s.dimension() == null) {
                violations.add(new Violation("dimensions[" + i + "].dimension", "dimension-required"));
                continue;
            }
            if (!seen.add(s.dimension())) {
                violations.add(new Violation("dimensions[" + i + "].dimension", "dimension-repeated", s.dimension()));
            }
            if (s.weight() < 0 || s.weight() > 100) {
                violations.add(new Violation("dimensions[" + i + "].weight", "weight-range", s.weight()));
            }
            sum += s.weight();
        }
        if (!seen.equals(EnumSet.allOf(Dimension.class))) {
            Set<Dimension> missing = EnumSet.allOf(Dimension.class);
            missing.removeAll(seen);
            violations.add(new Violation("dimensions", "dimensions-complete", missing));
        }
        if (sum != 100) {
            violations.add(new Violation("dimensions", "dimension-weights-sum", sum));
        }
        if (d.democraticWeight() < 0 || d.democraticWeight() > 100) {
            violations.add(new Violation("democraticWeight", "weight-range", d.democraticWeight()));
        }
        if (d.opensOn() != null && d.deadline() != null && !d.deadline().isAfter(d.opensOn())) {
            violations.add(new Violation("deadline", "deadline-after-opening", d.opensOn()));
        }
        if (d.deadline() != null && d.deadline().isBefore(d.period().firstDay(d.year()))) {
            violations.add(new Violation("deadline", "deadline-in-period", d.period().firstDay(d.year())));
        }
        if (d.opensOn() != null && d.opensOn().isBefore(today)) {
            violations.add(new Violation("opensOn", "opens-in-future", today));
        }
        return violations.isEmpty() ? Optional.empty() : Optional.of(Refusal.unprocessable(violations));
    }

    /** A new DRAFT cycle from a checked definition. */
    public static AppraisalCycle draft(UUID id, Definition d, GradeRules grades, AdjustmentRules adjustments, OffsetDateTime now) {
        AppraisalCycle c = new AppraisalCycle();
        c.id = id;
        c.countyCode = d.countyCode();
        c.year = d.year();
        c.period = d.period();
        c.opensOn = d.opensOn();
        c.deadline = d.deadline();
        c.dimensions = d.dimensions().stream()
                .map(s -> new DimensionSpec(s.dimension(), s.weight(), s.guidance() == null ? null : s.guidance().strip()))
                .sorted(Comparator.comparing(DimensionSpec::dimension)).toList();
        c.democraticWeight = d.democraticWeight();
        c.gradeRulesVersion = grades.version();
        c.adjustmentRulesVersion = adjustments.version();
        c.status = Status.DRAFT;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** DRAFT → OPEN; refused once the deadline has passed (nobody could finish in time). */
    public Decision<Status> open(LocalDate today, int reserves) {
        if (today.isAfter(deadline)) {
            return Decision.refuse(Refusal.conflict("cycle-deadline-passed", Map.of(), deadline));
        }
        appraisalCount = reserves;
        return Decision.moveTo(Status.OPEN, null, Map.of("appraisals", reserves));
    }

    /** Whether the scheduled job should open this cycle today. */
    public boolean dueToOpen(LocalDate today) {
        return status == Status.DRAFT && opensOn != null && !today.isBefore(opensOn) && !today.isAfter(deadline);
    }

    public Decision<Status> close() {
        return Decision.moveTo(Status.CLOSED);
    }

    public Optional<Refusal> refusesWork() {
        return status == Status.OPEN ? Optional.empty()
                : Optional.of(Refusal.conflict("cycle-not-open", Map.of("currentState", status.name()), id));
    }

    @Override
    public String jurisdiction() {
        return countyCode;
    }

}
