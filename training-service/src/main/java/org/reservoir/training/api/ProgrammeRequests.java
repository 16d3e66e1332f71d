package org.reservoir.training.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.api.ProblemException;
import org.reservoir.training.domain.EducationLevel;
import org.reservoir.training.domain.EducationRecord;
import org.reservoir.training.domain.PostKind;
import org.reservoir.training.domain.PracticeAssignment;
import org.reservoir.training.domain.PracticeGrade;
import org.reservoir.training.domain.Programme;
import org.reservoir.training.domain.ProgrammeKind;
import org.reservoir.training.domain.TrainingSession;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Request bodies of programmes, sessions, enrolment, attendance, hours, practice posts and education records. */
public final class ProgrammeRequests {

    /** The most reserves one enrolment or roll call names (a township's reserves fit many times over). */
    public static final int MAX_LIST = 500;

    private ProgrammeRequests() {
    }

    @Schema(name = "PlanProgramme")
    public record PlanProgramme(
            @NotNull ProgrammeKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description,
            @NotNull @Pattern(regexp = "\\d{12}") @Schema(description = "The county or township running it", example = "411325105000") String scopeCode,
            @NotNull @Min(Programme.FIRST_YEAR) @Max(Programme.LAST_YEAR) Integer year) {

        public Programme.Draft draft() {
            return new Programme.Draft(kind, title, description, scopeCode, year);
        }
    }

    @Schema(name = "ScheduleSession")
    public record ScheduleSession(
            @NotNull @Schema(example = "2026-03-10T09:00:00+08:00") OffsetDateTime startsAt,
            @NotNull @Schema(example = "2026-03-10T12:00:00+08:00") OffsetDateTime endsAt,
            @NotBlank @Size(max = 200) String place,
            @NotNull @DecimalMin(value = "0.5") @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            @Schema(description = "Hours credited to each reserve who attends", example = "3") BigDecimal hours,
            @NotNull @Min(1) @Max(TrainingSession.MAX_CAPACITY) Integer capacity,
            @NotBlank @Size(max = 200) String trainer) {

        public TrainingSession.Draft draft() {
            requirePlausible("startsAt", startsAt);
            requirePlausible("endsAt", endsAt);
            return new TrainingSession.Draft(startsAt, endsAt, place, hours, capacity, trainer);
        }
    }

    @Schema(name = "Enrol", description = "Either candidateIds (by list) or townshipCode (by rule: every reserve in the pool there)")
    public record Enrol(
            @Size(max = MAX_LIST) List<@NotNull UUID> candidateIds,
            @Pattern(regexp = "\\d{12}") String townshipCode) {

        /** By list or by township, exactly one of them. */
        public void requireListOrTownship() {
            if ((candidateIds == null || candidateIds.isEmpty()) == (townshipCode == null)) {
                throw ProblemException.unprocessable("candidateIds", "enrol-list-or-township");
            }
        }
    }

    @Schema(name = "Reason")
    public record Reason(@Size(max = 2000) String reason) {
    }

    @Schema(name = "RollCall")
    public record RollCall(@NotNull @Size(min = 1, max = MAX_LIST) List<@NotNull UUID> candidateIds) {
    }

    @Schema(name = "CheckIn")
    public record CheckIn(@NotBlank @Size(max = 20) @Schema(description = "The session's check-in code, shown in the room", example = "K7QM3TXP") String code) {
    }

    @Schema(name = "HoursRequirementChange")
    public record Requirement(
            @NotNull @DecimalMin("0") @DecimalMax("2000") @Digits(integer = 4, fraction = 2) @Schema(example = "24") BigDecimal minimumHours) {
    }

    @Schema(name = "AssignPracticePost")
    public record AssignPost(
            @NotNull UUID candidateId,
            @NotNull PostKind postKind,
            @NotNull @Pattern(regexp = "\\d{12}") @Schema(description = "The village of the post; another than the reserve's own is 跨村任职") String postVillageCode,
            @Size(max = 2000) String duties,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn,
            @NotBlank @Size(max = 200) String supervisor) {

        public PracticeAssignment.Draft draft() {
            requirePlausible("startOn", startOn);
            requirePlausible("endOn", endOn);
            return new PracticeAssignment.Draft(candidateId, postKind, postVillageCode, duties, startOn, endOn, supervisor);
        }
    }

    @Schema(name = "PracticeEvaluation")
    public record Evaluation(@NotNull PracticeGrade grade, @Size(max = 2000) String comment) {
    }

    @Schema(name = "EndPracticePost")
    public record EndPost(@NotNull @Valid Evaluation evaluation) {
    }

    @Schema(name = "RecordEducationUpgrade")
    public record RecordEducation(
            @NotNull UUID candidateId,
            @Schema(description = "An EDUCATION_UPGRADE programme, if the study belongs to one") UUID programmeId,
            @NotBlank @Size(max = 200) String school,
            @Size(max = 200) String major,
            @NotNull EducationLevel targetLevel,
            @NotNull LocalDate startedOn,
            @NotNull LocalDate expectedCompletion) {

        public EducationRecord.Draft draft() {
            requirePlausible("startedOn", startedOn);
            requirePlausible("expectedCompletion", expectedCompletion);
            return new EducationRecord.Draft(candidateId, programmeId, school, major, targetLevel, startedOn, expectedCompletion);
        }
    }

    @Schema(name = "CompleteEducationUpgrade")
    public record CompleteEducation(@NotNull EducationLevel educationLevel, @NotNull LocalDate completedOn) {

        public LocalDate checkedCompletedOn() {
            requirePlausible("completedOn", completedOn);
            return completedOn;
        }
    }

    /** Dates and times are range-checked before any rule reads them (a year 99999 would not even fit the database). */
    static void requirePlausible(String field, LocalDate d) {
        if (d != null && (d.getYear() < Programme.FIRST_YEAR || d.getYear() > Programme.LAST_YEAR)) {
            throw ProblemException.unprocessable(field, "date-range", d, Programme.FIRST_YEAR, Programme.LAST_YEAR);
        }
    }

    /** An ISO date-time query parameter, range-checked (400 when it does not parse). */
    static OffsetDateTime dateTime(String field, String value) {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ProblemException(400, "validation", List.of(new org.reservoir.infrastructure.api.Violation(field, "date-time")),
                    java.util.Map.of(), 1);
        }
        requirePlausible(field, t);
        return t;
    }

    static void requirePlausible(String field, OffsetDateTime t) {
        if (t != null) {
            requirePlausible(field, t.toLocalDate());
        }
    }
}
