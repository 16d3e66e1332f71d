package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.reservoir.infrastructure.transitions.TransitionTable.of;
import static org.reservoir.infrastructure.transitions.TransitionTable.row;

/**
 * A mentor pair (帮带对子): one mentor and one reserve in the pool for a period. Started within the mentor's capacity, with
 * at most one active pair per reserve, and mentor and reserve in one township; ended with a reason — by an officer, by the
 * monthly job once the period is over, or when recruitment says the reserve left the pool.
 */
@Entity
@Table(name = "mentorship")
public class Mentorship extends AuditedEntity<Mentorship.Status> {

    /** The longest period a pair is started for (a re-election cycle). */
    public static final int MAX_PERIOD_YEARS = 5;

    @Schema(name = "MentorshipStatus", extensions = @Extension(name = "x-label-type", value = "Mentorship.Status"))
    public enum Status { ACTIVE, ENDED }

    @Schema(name = "MentorshipAction", extensions = @Extension(name = "x-label-type", value = "Mentorship.Action"))
    public enum Action { START, END }

    public static final TransitionTable<Action, Status> TRANSITIONS = new TransitionTable<>("illegal-transition", List.of(
            row(Action.END, of(Status.ACTIVE), of(Status.ENDED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.SERVICE)));

    @Id
    public UUID id;

    @Column(name = "mentor_id")
    public UUID mentorId;

    /** The mentor's person id (token subject), kept here so a mentor's own views need no join. */
    @Column(name = "mentor_person_id")
    public String mentorPersonId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** What a new pair needs to know about the mentor and the reserve at the moment it starts. */
    public record Start(Mentor mentor, long mentorActivePairs, Reserve reserve, boolean reserveHasActivePair, LocalDate startsOn,
                        LocalDate endsOn, LocalDate today) {
    }

    /**
     * Why a pair may not start, first rule broken first: the reserve must be in the pool (422), the period must make sense
     * (422), mentor and reserve in one township (422), the mentor active (409) and within capacity (409), the reserve
     * without another active mentor (409).
     */
    public static Optional<Refusal> refusalToStart(Start s) {
        if (s.reserve() == null || !s.reserve().inPool) {
            return Optional.of(Refusal.unprocessable("candidateId", "reserve-not-in-pool"));
        }
        if (!s.endsOn().isAfter(s.startsOn())) {
            return Optional.of(Refusal.unprocessable("endsOn", "ends-before-start", s.startsOn()));
        }
        if (s.endsOn().isAfter(s.startsOn().plusYears(MAX_PERIOD_YEARS))) {
            return Optional.of(Refusal.unprocessable("endsOn", "period-too-long", MAX_PERIOD_YEARS));
        }
        if (!s.endsOn().isAfter(s.today())) {
            return Optional.of(Refusal.unprocessable("endsOn", "period-over", s.today()));
        }
        if (!s.mentor().townshipCode().equals(s.reserve().townshipCode)) {
            return Optional.of(Refusal.unprocessable("mentorId", "mentor-other-township", s.mentor().townshipCode()));
        }
        if (!s.mentor().active) {
            return Optional.of(Refusal.conflict("mentor-inactive", s.mentor().id));
        }
        if (!Capacity.hasRoom(s.mentor().capacity, s.mentorActivePairs())) {
            return Optional.of(Refusal.conflict("mentor-over-capacity", s.mentor().id, s.mentor().capacity));
        }
        if (s.reserveHasActivePair()) {
            return Optional.of(Refusal.conflict("reserve-has-mentor", s.reserve().candidateId));
        }
        return Optional.empty();
    }

    /** A new active pair; call only when {@link #refusalToStart} found nothing. */
    public static Mentorship start(UUID id, Start s, OffsetDateTime now) {
        Mentorship p = new Mentorship();
        p.id = id;
        p.mentorId = s.mentor().id;
        p.mentorPersonId = s.mentor().personId;
        p.candidateId = s.reserve().candidateId;
        p.countyCode = s.reserve().countyCode;
        p.townshipCode = s.reserve().townshipCode;
        p.villageCode = s.reserve().villageCode;
        p.startsOn = s.startsOn();
        p.endsOn = s.endsOn();
        p.status = Status.ACTIVE;
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** Ends the pair on {@code on}; a reserve's exit comes only from recruitment, never by hand. */
    public Decision<Status> end(EndReason reason, String note, LocalDate on, boolean viaEvents) {
        if (reason == EndReason.RESERVE_EXITED && !viaEvents) {
            return Decision.refuse(Refusal.unprocessable("reason", "reserve-exit-from-recruitment"));
        }
        endReason = reason;
        endedOn = on.isBefore(startsOn) ? startsOn : on;
        return Decision.moveTo(Status.ENDED, note, Map.of("endReason", reason.name()));
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
