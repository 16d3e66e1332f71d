package org.reservoir.recruitment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.Messages;
import org.reservoir.recruitment.domain.Candidate;
import org.reservoir.recruitment.domain.CandidateAction;
import org.reservoir.recruitment.domain.CandidateStatus;
import org.reservoir.recruitment.domain.Channel;
import org.reservoir.recruitment.domain.CommitteePost;
import org.reservoir.recruitment.domain.EducationLevel;
import org.reservoir.recruitment.domain.ExitReason;
import org.reservoir.recruitment.domain.Gender;
import org.reservoir.recruitment.domain.HistoryEntry;
import org.reservoir.recruitment.domain.PersonalData;
import org.reservoir.recruitment.domain.Pipeline;
import org.reservoir.recruitment.domain.PoliticalStatus;
import org.reservoir.recruitment.domain.ReviewVerdict;
import org.reservoir.recruitment.domain.SourceGroup;
import org.reservoir.recruitment.domain.Track;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the candidate endpoints. */
public final class CandidateResponses {

    private CandidateResponses() {
    }

    @Schema(name = "EligibilityOutcome", description = "One rule's screening outcome with a human-readable reason")
    public record Outcome(String rule, boolean passed, boolean overridden, String actual, String required, String reason,
                          String overrideReason, String overriddenBy, OffsetDateTime overriddenAt) {

        static Outcome of(Candidate.Screening s, Locale locale) {
            String reason = Messages.text(locale, "eligibility." + s.rule() + (s.passed() ? ".passed" : ".failed"),
                    quoted(s.rule(), s.actual()), quoted(s.rule(), s.required()));
            return new Outcome(s.rule(), s.passed(), s.overridden(), s.actual(), s.required(), reason, s.overrideReason(), s.overriddenBy(),
                    s.overriddenAt());
        }
    }

    /** The values a reason quotes, as enum values where they are, so the message shows them in the reader's language. */
    private static Object quoted(String rule, String value) {
        return switch (rule) {
            case "min-education" -> EducationLevel.valueOf(value);
            case "political-status" -> value.startsWith("[")
                    ? Arrays.stream(value.substring(1, value.length() - 1).split(", ")).map(PoliticalStatus::valueOf).toList()
                    : PoliticalStatus.valueOf(value);
            default -> value;
        };
    }

    @Schema(name = "JointReviewVerdict")
    public record VerdictView(String department, ReviewVerdict.Verdict verdict, String reason, String reviewer, OffsetDateTime recordedAt) {
        static VerdictView of(ReviewVerdict v) {
            return new VerdictView(v.key.department(), v.verdict, v.reason, v.reviewer, v.recordedAt);
        }
    }

    @Schema(name = "Candidate", description = "A candidate or reserve. County admins get the full idNumber and birthDate; everyone "
            + "else gets the age, no birthDate and only the idNumber's first four digits, so the other fields cannot rebuild it.")
    public record CandidateView(UUID id, UUID campaignId, String countyCode, String townshipCode, String villageCode, CommitteePost targetPost,
                                Track track, String name, Gender gender, String ethnicity,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "County admins only") LocalDate birthDate,
                                int age, @Schema(example = "1101**************") String idNumber, String phone, EducationLevel educationLevel, String major,
                                String school, PoliticalStatus politicalStatus, LocalDate partyJoinDate, List<Candidate.Job> workHistory, int workYears,
                                boolean fitForDuty, String healthNote, boolean local, String homeVillageCode, String occupation,
                                SourceGroup sourceGroup, Channel channel,
                                String channelDetail, CandidateStatus status,
                                List<CandidateAction> allowedActions,
                                boolean eligible, List<Outcome> eligibility, List<String> reviewDepartments, List<VerdictView> reviewVerdicts,
                                BigDecimal writtenTestScore, BigDecimal interviewScore, BigDecimal fieldVisitScore, BigDecimal compositeScore,
                                LocalDate probationStart, LocalDate probationPlannedEnd,
                                List<CommitteePost> electedPosts,
                                Boolean secretaryDirectorOnePerson, ExitReason exitReason,
                                @Schema(description = "Open EXIT proposals of appraisals, awaiting the county's decision in assessment")
                                List<Candidate.ExitRecommendation> exitRecommendations,
                                @Schema(description = "重点培养: set when the county accepted an appraisal's key-cultivation proposal; null otherwise")
                                Candidate.KeyCultivation keyCultivation,
                                long version, OffsetDateTime registeredAt, OffsetDateTime updatedAt) {

        /** The birth date only with {@code revealIdNumber}; {@code idNumber} is already full or masked accordingly. */
        static CandidateView of(Candidate c, String idNumber, boolean revealIdNumber, List<ReviewVerdict> verdicts, LocalDate today,
                                Locale locale) {
            return new CandidateView(c.id, c.campaignId, c.countyCode, c.townshipCode, c.villageCode, c.targetPost,
                    c.track, c.name, c.gender, c.ethnicity, revealIdNumber ? c.birthDate : null,
                    PersonalData.age(c.birthDate, today), idNumber, c.phone, c.educationLevel, c.major, c.school,
                    c.politicalStatus, c.partyJoinDate, c.workHistory, c.workYears, c.fitForDuty, c.healthNote, c.local, c.homeVillageCode,
                    c.occupation, c.sourceGroup, c.channel, c.channelDetail, c.status(),
                    Pipeline.allowedFrom(c.status()), c.eligible(),
                    c.eligibility.stream().map(s -> Outcome.of(s, locale)).toList(), c.reviewDepartments,
                    verdicts.stream().map(VerdictView::of).toList(), c.writtenTestScore, c.interviewScore,
                    c.fieldVisitScore, c.compositeScore, c.probationStart, c.probationPlannedEnd,
                    List.copyOf(c.electedPosts), c.secretaryDirectorOnePerson,
                    c.exitReason, c.exitRecommendations, c.keyCultivation, c.version(), c.registeredAt, c.updatedAt());
        }
    }

    /** A list row: the essentials, no ID number at all; the birth date only for those who may read the ID number. */
    @Schema(name = "CandidateSummary")
    public record Summary(UUID id, UUID campaignId, String villageCode, String name, Gender gender,
                          @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "County admins only") LocalDate birthDate,
                          int age, Track track, SourceGroup sourceGroup,
                          Channel channel, EducationLevel educationLevel,
                          PoliticalStatus politicalStatus,
                          CandidateStatus status, BigDecimal compositeScore, OffsetDateTime registeredAt) {
        static Summary of(Candidate c, boolean revealBirthDate, LocalDate today) {
            return new Summary(c.id, c.campaignId, c.villageCode, c.name, c.gender, revealBirthDate ? c.birthDate : null,
                    PersonalData.age(c.birthDate, today), c.track, c.sourceGroup, c.channel, c.educationLevel,
                    c.politicalStatus, c.status(), c.compositeScore, c.registeredAt);
        }
    }

    private static CandidateStatus status(String name) {
        return name == null ? null : CandidateStatus.valueOf(name);
    }

    @Schema(name = "HistoryEntry", description = "A transition or override: who, when, why")
    public record History(String action, CandidateStatus fromStatus, CandidateStatus toStatus,
                           String actor, String actorRole, String reason,
                          Map<String, Object> details, OffsetDateTime at) {
        static History of(HistoryEntry h) {
            return new History(h.action(), status(h.fromStatus()), status(h.toStatus()), h.actor(), h.actorRole(), h.reason(), h.details(), h.at());
        }
    }
}
