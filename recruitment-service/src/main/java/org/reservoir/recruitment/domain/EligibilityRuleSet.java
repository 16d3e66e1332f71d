package org.reservoir.recruitment.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

/**
 * A campaign's entry standards (严把入口) as data; a null field means "no such rule". "1+2+X" for
 * village-stationed cadres is {@code minPartyYears = 1, minWorkYears = 2, requireFitForDuty = true}.
 */
@Schema(name = "EligibilityRuleSet", description = "Entry standards; omitted rules are not checked")
public record EligibilityRuleSet(
        @Min(Eligibility.LEGAL_MIN_AGE) @Max(80) @Schema(description = "At least the legal floor of 18, which applies anyway", example = "18") Integer minAge,
        @Min(Eligibility.LEGAL_MIN_AGE) @Max(80) @Schema(description = "Below 18 nobody could qualify", example = "45") Integer maxAge,
        @Schema(description = "Date ages and years are measured at; default: the day of screening", example = "2026-12-31") LocalDate referenceDate,
        @Schema(example = "SENIOR_HIGH") EducationLevel minEducation,
        @Size(max = 20) @Schema(description = "Political statuses allowed; empty or absent: any") Set<PoliticalStatus> allowedPoliticalStatuses,
        @Min(0) @Max(60) @Schema(description = "Years since joining the party", example = "1") Integer minPartyYears,
        @Min(0) @Max(60) @Schema(example = "2") Integer minWorkYears,
        @Schema(description = "Must be fit for duty (身体健康)") Boolean requireFitForDuty,
        @Schema(description = "Must be local talent (本土)") Boolean requireLocal) {

    public static EligibilityRuleSet none() {
        return new EligibilityRuleSet(null, null, null, null, null, null, null, null, null);
    }
}
