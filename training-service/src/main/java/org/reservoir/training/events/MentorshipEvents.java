package org.reservoir.training.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.domain.Goal;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Events of mentor pairs on {@value #TOPIC}, keyed by pair id; consumed by assessment (evidence for appraisals) and
 * reporting. Contract: docs/events/training.mentorship.v1.schema.json. No ID numbers, no report or feedback texts, no task
 * descriptions or attachments: a goal carries its text (the goal itself, as the growth archive shows it), a task its month, title,
 * due day and status.
 */
public final class MentorshipEvents {

    public static final String TOPIC = "training.mentorship.v1";
    public static final String STARTED = "reservoir.training.mentorship.started";
    public static final String ENDED = "reservoir.training.mentorship.ended";
    public static final String FOLLOWUP_RECORDED = "reservoir.training.mentorship.followup-recorded";
    public static final String SILENT = "reservoir.training.mentorship.silent";
    /** A growth goal as set or changed (text, achieved). */
    public static final String GOAL_SET = "reservoir.training.mentorship.goal-set";
    /** A monthly task as the mentor set it, then as the reserve reported on it and as the mentor reviewed it. */
    public static final String TASK_ASSIGNED = "reservoir.training.mentorship.task-assigned";
    public static final String TASK_REPORTED = "reservoir.training.mentorship.task-reported";
    public static final String TASK_REVIEWED = "reservoir.training.mentorship.task-reviewed";

    private MentorshipEvents() {
    }

    @Schema(name = "MentorshipSnapshot", description = "Payload of started/ended events on training.mentorship.v1")
    public record PairSnapshot(UUID pairId, UUID mentorId, UUID candidateId, LocalDate startedOn, LocalDate endsOn, LocalDate endedOn,
                               String endReason, String status, String countyCode, String townshipCode, String villageCode,
                               long version) {
        public static PairSnapshot of(Mentorship p) {
            return new PairSnapshot(p.id, p.mentorId, p.candidateId, p.startsOn, p.endsOn, p.endedOn,
                    p.endReason == null ? null : p.endReason.name(), p.status().name(), p.countyCode, p.townshipCode, p.villageCode,
                    p.version());
        }
    }

    @Schema(name = "FollowupRecorded", description = "A mentor's feedback on a monthly task (跟进反馈)")
    public record FollowupRecorded(UUID pairId, UUID candidateId, UUID taskId, String month, Integer rating, OffsetDateTime recordedAt,
                                   String countyCode, String townshipCode, String villageCode, long version) {
        public static FollowupRecorded of(Mentorship p, MentorshipTask t) {
            return new FollowupRecorded(p.id, p.candidateId, t.id, t.month, t.rating, t.feedbackAt, p.countyCode, p.townshipCode,
                    p.villageCode, t.version);
        }
    }

    @Schema(name = "MentorshipSilent", description = "A month in which a pair had neither a task nor feedback")
    public record Silent(UUID pairId, UUID candidateId, UUID mentorId, String month, String countyCode, String townshipCode,
                         String villageCode, long version) {
        public static Silent of(Mentorship p, YearMonth month) {
            return new Silent(p.id, p.candidateId, p.mentorId, month.toString(), p.countyCode, p.townshipCode, p.villageCode, p.version());
        }
    }

    @Schema(name = "GoalSet", description = "A pair's annual growth goal (年度成长目标) as set or changed; version is the goal's")
    public record GoalSet(UUID pairId, UUID candidateId, UUID goalId, int year, String area, String description, boolean achieved,
                          OffsetDateTime setAt, String countyCode, String townshipCode, String villageCode, long version) {
        public static GoalSet of(Mentorship p, Goal g) {
            return new GoalSet(p.id, p.candidateId, g.id, g.year, g.area.name(), g.description, g.achieved, g.createdAt, p.countyCode,
                    p.townshipCode, p.villageCode, g.version);
        }
    }

    @Schema(name = "TaskSnapshot", description = "A monthly task (每月任务) without its description, report or feedback texts; version is the task's")
    public record TaskSnapshot(UUID pairId, UUID candidateId, UUID taskId, String month, String title, LocalDate dueOn, String status,
                               OffsetDateTime assignedAt, String countyCode, String townshipCode, String villageCode, long version) {
        public static TaskSnapshot of(Mentorship p, MentorshipTask t) {
            return new TaskSnapshot(p.id, p.candidateId, t.id, t.month, t.title, t.dueOn, t.status.name(), t.createdAt, p.countyCode,
                    p.townshipCode, p.villageCode, t.version);
        }
    }
}
