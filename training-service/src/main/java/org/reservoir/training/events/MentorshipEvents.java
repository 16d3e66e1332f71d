package org.reservoir.training.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.training.domain.Mentorship;
import org.reservoir.training.domain.MentorshipTask;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Events of mentor pairs on {@value #TOPIC}, keyed by pair id; consumed by assessment (evidence for appraisals) and
 * reporting. Contract: docs/events/training.mentorship.v1.schema.json. No ID numbers, no report or feedback texts.
 */
public final class MentorshipEvents {

    public static final String TOPIC = "training.mentorship.v1";
    public static final String STARTED = "reservoir.training.mentorship.started";
    public static final String ENDED = "reservoir.training.mentorship.ended";
    public static final String FOLLOWUP_RECORDED = "reservoir.training.mentorship.followup-recorded";
    public static final String SILENT = "reservoir.training.mentorship.silent";

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
}
