package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.transitions.Refusal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * A monthly task (每月任务) the mentor sets for the pair, the reserve's report on it (text and an optional attachment
 * reference) and the mentor's feedback with a rating: OPEN → REPORTED (reported again while no feedback) → REVIEWED.
 */
@Entity
@Table(name = "mentorship_task")
public class MentorshipTask extends PanacheEntityBase {

    @Schema(name = "TaskStatus", extensions = @Extension(name = "x-label-type", value = "MentorshipTask.Status"))
    public enum Status { OPEN, REPORTED, REVIEWED }

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @Id
    public UUID id;

    @Column(name = "pair_id")
    public UUID pairId;

    /** The month the task belongs to, {@code YYYY-MM}. */
    public String month;

    public String title;

    public String description;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String report;

    @Column(name = "attachment_ref")
    public String attachmentRef;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public String feedback;

    public Integer rating;

    @Column(name = "feedback_at")
    public OffsetDateTime feedbackAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /**
     * A task is set on an active pair, for a month of its period, due within that month or the next (a month's task is
     * followed up the month after at the latest).
     */
    public static Optional<Refusal> refusalToSet(Mentorship pair, YearMonth month, LocalDate dueOn) {
        if (!pair.active()) {
            return Optional.of(Refusal.conflict("pair-ended", pair.id));
        }
        if (month.isBefore(YearMonth.from(pair.startsOn)) || month.isAfter(YearMonth.from(pair.endsOn))) {
            return Optional.of(Refusal.unprocessable("month", "month-outside-period", pair.startsOn, pair.endsOn));
        }
        if (dueOn.isBefore(month.atDay(1)) || dueOn.isAfter(month.plusMonths(1).atEndOfMonth())) {
            return Optional.of(Refusal.unprocessable("dueOn", "due-outside-month", month));
        }
        return Optional.empty();
    }

    public static MentorshipTask set(UUID id, UUID pairId, YearMonth month, String title, String description, LocalDate dueOn,
                                     OffsetDateTime now) {
        MentorshipTask t = new MentorshipTask();
        t.id = id;
        t.pairId = pairId;
        t.month = month.toString();
        t.title = title;
        t.description = description;
        t.dueOn = dueOn;
        t.status = Status.OPEN;
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    /** The reserve reports (again, until the mentor has given feedback). */
    public Optional<Refusal> report(String text, String attachmentRef, OffsetDateTime now) {
        if (status == Status.REVIEWED) {
            return Optional.of(Refusal.conflict("task-reviewed", id));
        }
        report = text;
        this.attachmentRef = attachmentRef;
        reportedAt = now;
        status = Status.REPORTED;
        updatedAt = now;
        return Optional.empty();
    }

    /** The mentor's feedback and rating, once, on a reported task. */
    public Optional<Refusal> feedback(String text, Integer rating, OffsetDateTime now) {
        if (status == Status.OPEN) {
            return Optional.of(Refusal.conflict("task-not-reported", id));
        }
        if (status == Status.REVIEWED) {
            return Optional.of(Refusal.conflict("task-reviewed", id));
        }
        feedback = text;
        this.rating = rating;
        feedbackAt = now;
        status = Status.REVIEWED;
        updatedAt = now;
        return Optional.empty();
    }
}
