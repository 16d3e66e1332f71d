package org.reservoir.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Component;
import org.reservoir.assessment.domain.EvaluationPlan;
import org.reservoir.assessment.domain.PlanComponent;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and answers of evaluation plans. */
public final class PlanRequests {

    /** Trimming starts at this many raters unless the plan says otherwise. */
    public static final int DEFAULT_TRIM_FROM = 5;

    private PlanRequests() {
    }

    @Schema(name = "PlanComponentRequest", description = "A component with its weight (the weights of a plan sum to 100) and its maximum score")
    public record ComponentRequest(@NotNull @Schema(example = "INTERVIEW") Component component,
                                   @NotNull @Min(0) @Max(100) @Schema(example = "40") Integer weight,
                                   @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
                                   @Schema(example = "100") BigDecimal maxScore) {
    }

    @Schema(name = "EvaluationPlanRequest", description = "An evaluation plan: WRITTEN_TEST, INTERVIEW and FIELD_VISIT required, "
            + "DEMOCRATIC_RECOMMENDATION optional; weights sum to 100; the INTERVIEW maxScore equals the criteria sheet's total.")
    public record PlanRequest(
            @NotNull @Size(min = 1, max = 4) @Schema(example = """
                    [{"component":"WRITTEN_TEST","weight":30,"maxScore":100},{"component":"INTERVIEW","weight":40,"maxScore":100},\
                    {"component":"FIELD_VISIT","weight":30,"maxScore":100}]""") List<@NotNull @Valid ComponentRequest> components,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Pass line on the composite's 0–100 scale (composite ≥ pass line passes)", example = "60") BigDecimal passLine,
            @NotNull @Size(max = 4) @Schema(description = "Equal composites are ordered by these components' scores, in order",
                    example = "[\"INTERVIEW\",\"WRITTEN_TEST\"]") List<@NotNull Component> tieBreak,
            @NotBlank @Size(max = 100) @Schema(description = "Key of an interview criteria sheet (GET /api/v1/criteria-templates)",
                    example = "three-highs-three-strengths") String criteriaTemplate,
            @NotNull @Size(min = 1, max = 50) @Schema(description = "The panel: raters' token subjects (assessor role)",
                    example = "[\"assessor@652327101000\"]") List<@NotBlank @Size(max = 200) String> raters,
            @NotNull @Min(1) @Max(50) @Schema(description = "Sheets needed before sealing", example = "5") Integer minRaters,
            @Min(0) @Max(50) @Schema(description = "From this many sheets on, the highest and the lowest total are dropped; absent: "
                    + DEFAULT_TRIM_FROM + "; 0: never", example = "5") Integer trimFrom) {

        EvaluationPlan.Draft draft() {
            Integer trim = trimFrom == null ? Integer.valueOf(DEFAULT_TRIM_FROM) : trimFrom == 0 ? null : trimFrom;
            return new EvaluationPlan.Draft(components.stream().map(c -> new PlanComponent(c.component(), c.weight(), c.maxScore())).toList(),
                    passLine, tieBreak, criteriaTemplate, raters, minRaters, trim);
        }
    }

    @Schema(name = "EvaluationPlan")
    public record PlanView(UUID id, UUID campaignId, List<PlanComponent> components, BigDecimal passLine, List<Component> tieBreak,
                           String criteriaTemplate, List<String> raters, int minRaters,
                           @Schema(description = "Trimming starts at this many sheets; null: never") Integer trimFrom,
                           @Schema(description = "Whether scoring started: the plan can no longer change") boolean scoringStarted,
                           long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        static PlanView of(EvaluationPlan p, boolean scoringStarted) {
            return new PlanView(p.id, p.campaignId, p.components, p.passLine, p.tieBreak, p.criteriaTemplate, p.raters, p.minRaters,
                    p.trimFrom, scoringStarted, p.version, p.createdAt, p.updatedAt);
        }
    }
}
