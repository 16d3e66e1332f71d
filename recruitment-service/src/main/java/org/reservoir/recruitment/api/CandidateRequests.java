package org.reservoir.recruitment.api;

import org.reservoir.recruitment.domain.ProfileChanges;
import org.reservoir.recruitment.domain.Registration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.application.Candidates;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.ExitReason;
import org.reservoir.recruitment.domain.Gender;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.ReviewVerdict;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the candidate endpoints. */
public final class CandidateRequests {

    private CandidateRequests() {
    }

    @Schema(name = "JobInput", description = "A previous job, as registered")
    public record Job(@NotNull LocalDate from, LocalDate to, @Size(max = 200) String employer, @Size(max = 100) String position) {
        Candidate.Job toJob() {
            return new Candidate.Job(from, to, employer, position);
        }
    }

    @Schema(name = "RegisterCandidate", description = "A candidate's profile. Birth date and gender, when sent, must agree with the ID number.")
    public record Register(
            @NotNull UUID campaignId,
            @NotBlank @Pattern(regexp = "\\d{12}") @Schema(example = "652327104201") String villageCode,
            @NotNull @Schema(example = "COMMITTEE_MEMBER") CommitteePost targetPost,
            @NotNull @Schema(example = "PART_TIME") Track track,
            @NotBlank @Size(max = 50) @Schema(example = "张三") String name,
            @Schema(example = "MALE") Gender gender,
            @NotBlank @Size(max = 20) @Schema(example = "汉族") String ethnicity,
            @Past @Schema(example = "1990-03-15") LocalDate birthDate,
            @NotBlank @Schema(description = "居民身份证号 (18 characters, GB 11643)", example = "652327199003150312") String idNumber,
            @NotBlank @Pattern(regexp = "1\\d{10}") @Schema(example = "13800000000") String phone,
            @NotNull EducationLevel educationLevel,
            @Size(max = 100) String major,
            @Size(max = 100) String school,
            @NotNull PoliticalStatus politicalStatus,
            @Past LocalDate partyJoinDate,
            @Size(max = 30) List<@Valid @NotNull Job> workHistory,
            @Min(0) @Max(60) @Schema(description = "Years of work; computed from workHistory when absent") Integer workYears,
            @Schema(description = "Fit for duty (身体健康); default true") Boolean fitForDuty,
            @Size(max = 200) String healthNote,
            @Schema(description = "Local talent (本土)") Boolean local,
            @Pattern(regexp = "\\d{12}") String homeVillageCode,
            @Size(max = 100) String occupation,
            @NotNull SourceGroup sourceGroup,
            @NotNull Channel channel,
            @Size(max = 100) @Schema(description = "The first secretary or the recommending unit, for those channels") String channelDetail) {

        public Registration toRegistration() {
            return new Registration(campaignId, villageCode, targetPost, track, name, gender, ethnicity, birthDate, idNumber, phone,
                    educationLevel, major, school, politicalStatus, partyJoinDate,
                    workHistory == null ? null : workHistory.stream().map(Job::toJob).toList(), workYears, fitForDuty, healthNote, local,
                    homeVillageCode, occupation, sourceGroup, channel, channelDetail);
        }
    }

    @Schema(name = "UpdateCandidateProfile", description = "Absent fields stay as they are; eligibility is screened again")
    public record UpdateProfile(@Pattern(regexp = "1\\d{10}") String phone, EducationLevel educationLevel, @Size(max = 100) String major,
                                @Size(max = 100) String school, PoliticalStatus politicalStatus, @Past LocalDate partyJoinDate,
                                @Min(0) @Max(60) Integer workYears, Boolean fitForDuty, @Size(max = 200) String healthNote, Boolean local,
                                @Size(max = 100) String occupation) {
        ProfileChanges changes() {
            return new ProfileChanges(phone, educationLevel, major, school, politicalStatus, partyJoinDate, workYears, fitForDuty,
                    healthNote, local, occupation);
        }
    }

    @Schema(name = "WrittenReason", description = "A decision's written reason (overriding a failed rule, keeping a reserve); audited")
    public record Override(@NotBlank @Size(min = 5, max = 500) String reason) {
    }

    @Schema(name = "Decision", extensions = @Extension(name = "x-label-type", value = "CandidateRequests.Decision"))
    public enum Decision { APPROVE, REJECT }

    @Schema(name = "TownshipReview", description = "乡镇初审: approve (needs every rule satisfied or overridden) or reject with a reason")
    public record TownshipReview(@NotNull Decision decision, @Size(max = 500) String reason) {
    }

    @Schema(name = "OpenJointReview", description = "县级联审: the departments that must each pass (up to 12)")
    public record OpenJointReview(@NotEmpty @Size(max = 12) @Schema(example = "[\"organisation\", \"public-security\"]")
                                  List<@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String> departments) {
    }

    @Schema(name = "ReviewVerdict", description = "The calling reviewer's department verdict; a veto needs a reason")
    public record Verdict(@NotNull ReviewVerdict.Verdict verdict, @Size(max = 500) String reason) {
    }

    @Schema(name = "AdmissionDecision", extensions = @Extension(name = "x-label-type", value = "CandidateRequests.AdmissionDecision"))
    public enum AdmissionDecision { ADMIT, DECLINE }

    @Schema(name = "Admission")
    public record Admission(@NotNull AdmissionDecision decision, @Size(max = 500) String reason) {
    }

    @Schema(name = "StartProbation", description = "Planned end = start + the campaign's probation months")
    public record StartProbation(@NotNull LocalDate start) {
    }

    @Schema(name = "ProbationOutcome")
    public record ProbationOutcome(@NotNull Boolean passed, @Size(max = 500) String reason) {
    }

    @Schema(name = "Election", description = "Elected to which posts; both PARTY_SECRETARY and COMMITTEE_DIRECTOR means 一肩挑")
    public record Election(@NotNull Boolean elected, @Size(max = 6) List<@NotNull CommitteePost> posts, @Size(max = 500) String reason) {
    }

    @Schema(name = "Appointment")
    public record Appointment(@Size(max = 500) String reason) {
    }

    @Schema(name = "MoveToFullTime", description = "Call a part-time reserve to a current vacancy")
    public record MoveToFullTime(@NotBlank @Pattern(regexp = "\\d{12}") @Schema(example = "652327104201") String villageCode,
                                 @NotNull CommitteePost post,
                                 @Size(max = 500) String reason) {
    }

    @Schema(name = "ReturnToPool")
    public record ReturnToPool(@Size(max = 500) String reason) {
    }

    @Schema(name = "Exit", description = "动态调整: leave the pool with a reason")
    public record Exit(@NotNull ExitReason reason, @NotBlank @Size(max = 500) String note) {
    }
}
