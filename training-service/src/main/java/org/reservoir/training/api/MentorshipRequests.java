package org.reservoir.training.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.application.Mentors;
import org.reservoir.training.application.Mentorships;
import org.reservoir.training.application.Plans;
import org.reservoir.training.domain.EndReason;
import org.reservoir.training.domain.GrowthArea;
import org.reservoir.training.domain.Mentor;
import org.reservoir.training.domain.MentorKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Request bodies of the mentoring API, validated before any work. */
public final class MentorshipRequests {

    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private MentorshipRequests() {
    }

    @Schema(name = "RegisterMentor")
    public record RegisterMentor(
            @Schema(description = "The token subject the mentor signs in with") @NotBlank @Size(max = 100) String personId,
            @NotBlank @Size(max = 100) String name,
            @NotNull MentorKind kind,
            @Schema(description = "Township or village the mentor serves in (12-digit division code)") @NotNull @Pattern(regexp = "\\d{12}") String regionCode,
            @Schema(description = "Reserves taken at once; 3 when absent (1+3+N)") @Min(1) @Max(Mentor.MAX_CAPACITY) Integer capacity) {
        Mentors.Registration registration() {
            return new Mentors.Registration(personId, name, kind, regionCode, capacity);
        }
    }

    @Schema(name = "ChangeMentor")
    public record ChangeMentor(@NotBlank @Size(max = 100) String name, @NotNull MentorKind kind,
                               @NotNull @Min(1) @Max(Mentor.MAX_CAPACITY) Integer capacity, @NotNull Boolean active) {
        Mentors.Change change() {
            return new Mentors.Change(name, kind, capacity, active);
        }
    }

    @Schema(name = "StartMentorship")
    public record StartPair(@NotNull UUID mentorId, @Schema(description = "The reserve (recruitment's candidate id)") @NotNull UUID candidateId,
                            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
        Mentorships.StartCommand command() {
            return new Mentorships.StartCommand(mentorId, candidateId, startsOn, endsOn);
        }
    }

    @Schema(name = "EndMentorship")
    public record EndPair(@NotNull EndReason reason, @Size(max = 500) String note) {
    }

    @Schema(name = "SetGrowthGoal")
    public record SetGoal(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull GrowthArea area,
                          @NotBlank @Size(max = 500) String description) {
        Mentorships.GoalCommand command() {
            return new Mentorships.GoalCommand(year, area, description);
        }
    }

    @Schema(name = "ChangeGrowthGoal")
    public record ChangeGoal(@NotBlank @Size(max = 500) String description, @NotNull Boolean achieved) {
    }

    @Schema(name = "SetMentorshipTask")
    public record SetTask(@Schema(description = "YYYY-MM", example = "2026-11") @NotNull @Pattern(regexp = MONTH) String month,
                          @NotBlank @Size(max = 200) String title, @Size(max = 2000) String description, @NotNull LocalDate dueOn) {
        Mentorships.TaskCommand command() {
            return new Mentorships.TaskCommand(YearMonth.parse(month), title, description, dueOn);
        }
    }

    @Schema(name = "TaskReport", description = "The reserve's report on a task")
    public record Report(@NotBlank @Size(max = 4000) String text,
                         @Schema(description = "Where an attachment is kept (a file store's key or URL)") @Size(max = 500) String attachmentRef) {
    }

    @Schema(name = "TaskFeedback", description = "The mentor's feedback and rating (1–5)")
    public record Feedback(@NotBlank @Size(max = 2000) String text, @NotNull @Min(1) @Max(5) Integer rating) {
    }

    @Schema(name = "DevelopmentPlanContent")
    public record Plan(@NotNull @Min(2000) @Max(2100) Integer year,
                       @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> goals,
                       @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> plannedTraining,
                       @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> plannedPracticePosts) {
        Plans.Content content() {
            return new Plans.Content(year, goals, plannedTraining, plannedPracticePosts);
        }
    }
}
