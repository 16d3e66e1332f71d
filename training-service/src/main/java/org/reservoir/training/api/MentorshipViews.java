package org.reservoir.training.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.domain.EndReason;
import org.reservoir.training.domain.Goal;
import org.reservoir.training.domain.GrowthArea;
import org.reservoir.training.domain.Mentor;
import org.reservoir.training.domain.MentorKind;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipHistory;
import org.reservoir.training.domain.MentorshipTask;
import org.reservoir.training.domain.DevelopmentPlan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response records of the mentoring API: small, flat, each single resource with its {@code version} (= its ETag). */
public final class MentorshipViews {

    private MentorshipViews() {
    }

    @Schema(name = "Mentor")
    public record MentorView(UUID id, String personId, String name, MentorKind kind, String regionCode, int capacity,
                             @Schema(description = "Pairs active now") long activePairs,
                             @Schema(description = "Reserves the mentor can still take") long freePlaces, boolean active,
                             long version) {
        public static MentorView of(Mentor m, long activePairs) {
            return new MentorView(m.id, m.personId, m.name, m.kind, m.regionCode, m.capacity, activePairs,
                    org.reservoir.training.domain.Capacity.free(m.capacity, activePairs), m.active, m.version);
        }
    }

    @Schema(name = "Mentorship", description = "A mentor pair (帮带对子)")
    public record PairView(UUID id, UUID mentorId, String mentorName, UUID candidateId, String reserveName, String villageCode,
                           LocalDate startsOn, LocalDate endsOn, LocalDate endedOn, EndReason endReason, Mentorship.Status status,
                           @Schema(description = "The newest month the pair was silent in (no task, no feedback), YYYY-MM") String lastSilentMonth,
                           long version) {
        public static PairView of(Mentorship p, String mentorName, String reserveName, String lastSilentMonth) {
            return new PairView(p.id, p.mentorId, mentorName, p.candidateId, reserveName, p.villageCode, p.startsOn, p.endsOn, p.endedOn,
                    p.endReason, p.status(), lastSilentMonth, p.version());
        }
    }

    @Schema(name = "MentorshipHistoryEntry")
    public record HistoryView(Mentorship.Action action, String fromStatus, String toStatus, String actor, String actorRole, String reason,
                              Map<String, Object> details, OffsetDateTime at) {
        public static HistoryView of(MentorshipHistory h) {
            return new HistoryView(Mentorship.Action.valueOf(h.action()), h.fromStatus(), h.toStatus(), h.actor(), h.actorRole(), h.reason(), h.details(),
                    h.at());
        }
    }

    @Schema(name = "GrowthGoal", description = "An annual growth goal (年度成长目标)")
    public record GoalView(UUID id, UUID pairId, int year, GrowthArea area, String description, boolean achieved, long version) {
        public static GoalView of(Goal g) {
            return new GoalView(g.id, g.pairId, g.year, g.area, g.description, g.achieved, g.version);
        }
    }

    @Schema(name = "MentorshipTask", description = "A monthly task (每月任务) with the reserve's report and the mentor's feedback")
    public record TaskView(UUID id, UUID pairId, String month, String title, String description, LocalDate dueOn,
                           MentorshipTask.Status status, String report, String attachmentRef, OffsetDateTime reportedAt, String feedback,
                           Integer rating, OffsetDateTime feedbackAt, long version) {
        public static TaskView of(MentorshipTask t) {
            return new TaskView(t.id, t.pairId, t.month, t.title, t.description, t.dueOn, t.status, t.report, t.attachmentRef,
                    t.reportedAt, t.feedback, t.rating, t.feedbackAt, t.version);
        }
    }

    @Schema(name = "MentorshipTaskSummary", description = "A task in a list: no texts (GET the task for them)")
    public record TaskSummary(UUID id, UUID pairId, String month, String title, LocalDate dueOn, MentorshipTask.Status status,
                              Integer rating, long version) {
        public static TaskSummary of(MentorshipTask t) {
            return new TaskSummary(t.id, t.pairId, t.month, t.title, t.dueOn, t.status, t.rating, t.version);
        }
    }

    @Schema(name = "MyMentor", description = "A reserve's active mentor")
    public record MyMentorView(UUID pairId, UUID mentorId, String name, MentorKind kind, LocalDate startsOn, LocalDate endsOn,
                               long version) {
        public static MyMentorView of(Mentorship p, Mentor m) {
            return new MyMentorView(p.id, m.id, m.name, m.kind, p.startsOn, p.endsOn, p.version());
        }
    }

    @Schema(name = "DevelopmentPlan", description = "A reserve's personal development plan (一人一策)")
    public record PlanView(UUID candidateId, int year, List<String> goals, List<String> plannedTraining, List<String> plannedPracticePosts,
                           OffsetDateTime updatedAt, long version) {
        public static PlanView of(DevelopmentPlan p) {
            return new PlanView(p.candidateId, p.year, p.goals, p.plannedTraining, p.plannedPracticePosts, p.updatedAt, p.version);
        }
    }
}
