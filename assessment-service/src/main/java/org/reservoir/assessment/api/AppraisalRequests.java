package org.reservoir.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.assessment.domain.Appraisal;
import org.reservoir.assessment.domain.AppraisalCycle;
import org.reservoir.assessment.domain.AppraisalPeriod;
import org.reservoir.assessment.domain.Dimension;
import org.reservoir.assessment.domain.GroupVotes;
import org.reservoir.assessment.domain.VoterGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies of the appraisal endpoints. */
public final class AppraisalRequests {

    private AppraisalRequests() {
    }

    @Schema(name = "AppraisalDimensionInput", description = "One of 德能勤绩廉 with its weight and scoring guidance")
    public record DimensionInput(@NotNull Dimension dimension,
                                 @NotNull @Min(0) @Max(100) @Schema(example = "20") Integer weight,
                                 @Size(max = 2000) @Schema(example = "政治立场坚定，遵守党纪国法，品行端正") String guidance) {
    }

    @Schema(name = "CreateAppraisalCycle", description = "A county's half-yearly appraisal cycle; created as DRAFT, opened by hand or on opensOn")
    public record CreateCycle(
            @NotBlank @Pattern(regexp = "^\\d{12}$") @Schema(example = "411325000000") String countyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull AppraisalPeriod period,
            @Schema(description = "The day the scheduled job opens the cycle; absent: opened by hand", example = "2026-06-20") LocalDate opensOn,
            @NotNull @Schema(example = "2026-07-15") LocalDate deadline,
            @NotNull @Size(max = 10) List<@Valid @NotNull DimensionInput> dimensions,
            @NotNull @Min(0) @Max(100) @Schema(description = "Share of the democratic appraisal in the total (the committee's "
                    + "dimension scores take the rest)", example = "30") Integer democraticWeight) {

        AppraisalCycle.Definition definition() {
            return new AppraisalCycle.Definition(countyCode, year, period, opensOn, deadline,
                    dimensions.stream().map(d -> new AppraisalCycle.DimensionSpec(d.dimension(), d.weight(), d.guidance())).toList(),
                    democraticWeight);
        }
    }

    @Schema(name = "RecordAppraisalScores", description = "The township committee's scores (0..100, at most two decimals) for some or all "
            + "dimensions; a dimension scored again is replaced (history keeps the old score)")
    public record RecordScores(
            @NotNull @Size(min = 1, max = 5)
            @Schema(example = "{\"MORALITY\": 92, \"ABILITY\": 88.5, \"DILIGENCE\": 90, \"PERFORMANCE\": 86, \"INTEGRITY\": 95}")
            Map<Dimension, @NotNull BigDecimal> scores) {
    }

    @Schema(name = "DemocraticVotes", description = "One voter group's ballots in the democratic appraisal (民主测评)")
    public record Votes(@NotNull VoterGroup group,
                        @NotNull @Min(0) @Max(Appraisal.MAX_VOTES) @Schema(example = "18") Integer excellent,
                        @NotNull @Min(0) @Max(Appraisal.MAX_VOTES) @Schema(example = "10") Integer competent,
                        @NotNull @Min(0) @Max(Appraisal.MAX_VOTES) @Schema(example = "2") Integer basicallyCompetent,
                        @NotNull @Min(0) @Max(Appraisal.MAX_VOTES) @Schema(example = "0") Integer incompetent) {

        GroupVotes votes() {
            return new GroupVotes(group, excellent, competent, basicallyCompetent, incompetent);
        }
    }

    @Schema(name = "RecordDemocraticVotes", description = "Ballots of one or both voter groups; a group recorded again is replaced")
    public record RecordVotes(@NotNull @Size(min = 1, max = 2) List<@Valid @NotNull Votes> votes) {

        List<GroupVotes> groups() {
            return votes.stream().map(Votes::votes).toList();
        }
    }

    @Schema(name = "ProposalDecision", description = "Why the county accepts or dismisses a proposal")
    public record Decide(@NotBlank @Size(max = 2000) @Schema(example = "经县委组织部研究，同意调整") String reason) {
    }
}
