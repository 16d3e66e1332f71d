package org.reservoir.recruitment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Campaign;
import org.reservoir.recruitment.application.Campaigns;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EligibilityRuleSet;
import org.reservoir.recruitment.domain.SourceGroup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request bodies of the campaign endpoints. */
public final class CampaignRequests {

    private CampaignRequests() {
    }

    @Schema(name = "VacancyInput", description = "A named current vacancy filled through the full-time track")
    public record Vacancy(@NotBlank @Pattern(regexp = "\\d{12}") @Schema(example = "652327104201") String villageCode,
                          @NotNull CommitteePost post) {
    }

    @Schema(name = "CreateCampaign", description = "A county or township campaign (招募计划); created as DRAFT, then opened")
    public record Create(
            @NotBlank @Size(max = 200) @Schema(example = "吉木萨尔县2026年村级后备力量招募") String name,
            @NotBlank @Pattern(regexp = "\\d{12}") @Schema(description = "County or township code", example = "652327000000") String scopeCode,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Size(max = 500) List<@Valid @NotNull Vacancy> vacancies,
            @NotNull @Min(0) @Max(10000) @Schema(example = "2") Integer fullTimeQuota,
            @NotNull @Min(0) @Max(10000) @Schema(example = "5") Integer partTimeQuota,
            @Size(max = 20) @Schema(description = "Accepted source groups; absent: all") Set<SourceGroup> sourceGroups,
            @Size(max = 20) @Schema(description = "Accepted channels; absent: all") Set<Channel> channels,
            @Valid EligibilityRuleSet eligibility,
            @Min(1) @Max(12) @Schema(description = "Probation length in months (default 1; Shulan uses 3)", example = "1") Integer probationMonths) {

        Campaign.Draft draft() {
            return new Campaign.Draft(name, scopeCode, startsOn, endsOn,
                    vacancies == null ? List.of() : vacancies.stream().map(v -> new Campaign.Vacancy(v.villageCode(), v.post())).toList(),
                    fullTimeQuota, partTimeQuota, sourceGroups, channels, eligibility, probationMonths);
        }
    }
}
