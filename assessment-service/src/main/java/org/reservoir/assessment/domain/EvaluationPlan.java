package org.reservoir.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reservoir.infrastructure.api.Violation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A campaign's evaluation plan (测评方案): its components with weights (summing to 100) and maximum scores, the pass line
 * (on the composite's 0–100 scale), the tie-break order, the interview's criteria sheet and panel (named raters, the
 * panel rule). It cannot change once scoring has started.
 */
@Entity
@Table(name = "evaluation_plan")
public class EvaluationPlan extends PanacheEntityBase {

    /** What a caller asks for; checked by {@link #violations}. */
    public record Draft(List<PlanComponent> components, BigDecimal passLine, List<Component> tieBreak, String criteriaTemplate,
                        List<String> raters, int minRaters, Integer trimFrom) {
    }

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    /** The campaign's region: who may plan and score it. */
    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlanComponent> components;

    @Column(name = "pass_line")
    public BigDecimal passLine;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "tie_break")
    public List<Component> tieBreak;

    @Column(name = "criteria_template")
    public String criteriaTemplate;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> raters;

    @Column(name = "min_raters")
    public int minRaters;

    @Column(name = "trim_from")
    public Integer trimFrom;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * Every broken rule of {@code d} at once: each mandatory component once, weights summing to 100, the interview's
     * maximum equal to its sheet's total, tie-break components from the plan, a panel of at least {@code minRaters}
     * distinct raters. {@code template} is the named criteria sheet, empty when it does not exist.
     */
    public static List<Violation> violations(Draft d, Optional<CriteriaTemplate> template) {
        List<Violation> out = new ArrayList<>();
        Set<Component> seen = EnumSet.noneOf(Component.class);
        int sum = 0;
        for (int i = 0; i < d.components().size(); i++) {
            PlanComponent c = d.components().get(i);
            if (!seen.add(c.component())) {
                out.add(new Violation("components[" + i + "].component", "component-duplicate", c.component()));
            }
            sum += c.weight();
            if (c.component() == Component.INTERVIEW && template.isPresent() && c.maxScore().compareTo(template.get().maxTotal()) != 0) {
                out.add(new Violation("components[" + i + "].maxScore", "interview-max-mismatch", template.get().maxTotal(), template.get().key()));
            }
        }
        for (Component c : Component.values()) {
            if (c.mandatory() && !seen.contains(c)) {
                out.add(new Violation("components", "component-required", c));
            }
        }
        if (sum != 100) {
            out.add(new Violation("components", "weights-sum", sum));
        }
        for (int i = 0; i < d.tieBreak().size(); i++) {
            Component c = d.tieBreak().get(i);
            if (!seen.contains(c) || d.tieBreak().indexOf(c) != i) {
                out.add(new Violation("tieBreak[" + i + "]", "tie-break-component", c));
            }
        }
        if (template.isEmpty()) {
            out.add(new Violation("criteriaTemplate", "template-unknown", d.criteriaTemplate()));
        }
        if (new HashSet<>(d.raters()).size() != d.raters().size()) {
            out.add(new Violation("raters", "rater-duplicate"));
        }
        if (d.trimFrom() != null && d.trimFrom() < 3) {
            out.add(new Violation("trimFrom", "trim-from-range", d.trimFrom()));
        }
        if (d.raters().size() < d.minRaters()) {
            out.add(new Violation("raters", "panel-size", d.raters().size(), d.minRaters()));
        }
        return out;
    }

    public void apply(Draft d, OffsetDateTime now) {
        components = List.copyOf(d.components());
        passLine = d.passLine();
        tieBreak = List.copyOf(d.tieBreak());
        criteriaTemplate = d.criteriaTemplate();
        raters = List.copyOf(d.raters());
        minRaters = d.minRaters();
        trimFrom = d.trimFrom();
        updatedAt = now;
    }

    public PanelRule panelRule() {
        return new PanelRule(minRaters, trimFrom);
    }

    public Optional<PlanComponent> component(Component c) {
        return components.stream().filter(p -> p.component() == c).findFirst();
    }

    public boolean onPanel(String rater) {
        return raters.contains(rater);
    }
}
