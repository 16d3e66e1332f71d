package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.api.Violation;
import org.reservoir.infrastructure.region.DivisionCode;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.Refusal;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.reservoir.infrastructure.transitions.TransitionTable.of;
import static org.reservoir.infrastructure.transitions.TransitionTable.row;

/**
 * A reserve assigned to a practice post (上岗锻炼) in a village — their own or another (跨村任职) — for a period,
 * under a supervisor; the post ends with the supervisor's evaluation.
 */
@Entity
@Table(name = "practice_assignment")
public class PracticeAssignment extends AuditedEntity<PracticeStatus> {

    /** The longest post: two years (a term of practice before the re-election). */
    public static final int MAX_MONTHS = 24;

    public static final TransitionTable<PracticeAction, PracticeStatus> TABLE = new TransitionTable<>("illegal-transition", List.of(
            row(PracticeAction.START, of(PracticeStatus.ASSIGNED), of(PracticeStatus.ACTIVE), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(PracticeAction.END, of(PracticeStatus.ACTIVE), of(PracticeStatus.ENDED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(PracticeAction.CANCEL, of(PracticeStatus.ASSIGNED), of(PracticeStatus.CANCELLED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER)));

    @Id
    public UUID id;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind")
    public PostKind postKind;

    @Column(name = "post_village_code", columnDefinition = "char(12)")
    public String postVillageCode;

    public String duties;

    @Column(name = "start_on")
    public LocalDate startOn;

    @Column(name = "end_on")
    public LocalDate endOn;

    public String supervisor;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation_grade")
    public PracticeGrade evaluationGrade;

    @Column(name = "evaluation_comment")
    public String evaluationComment;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public record Draft(UUID candidateId, PostKind postKind, String postVillageCode, String duties, LocalDate startOn, LocalDate endOn,
                        String supervisor) {
    }

    public record Evaluation(PracticeGrade grade, String comment) {
    }

    /**
     * What stops an assignment: the reserve must be in the pool, the post a village ({@code villageKnown}: an active
     * village of the directory), the period start before it ends and last at most {@value #MAX_MONTHS} months.
     */
    public static Optional<Refusal> refusal(Draft d, Reserve reserve, boolean villageKnown) {
        if (!reserve.inPool) {
            return Optional.of(Refusal.unprocessable("candidateId", "reserve-not-in-pool", d.candidateId()));
        }
        List<Violation> v = new ArrayList<>();
        Optional<DivisionCode> village = DivisionCode.parse(d.postVillageCode());
        if (village.isEmpty() || village.get().level() != DivisionCode.Level.VILLAGE || !villageKnown) {
            v.add(new Violation("postVillageCode", "post-village", d.postVillageCode()));
        }
        if (d.endOn().isBefore(d.startOn())) {
            v.add(new Violation("endOn", "ends-before-start", d.startOn()));
        } else if (d.endOn().isAfter(d.startOn().plusMonths(MAX_MONTHS))) {
            v.add(new Violation("endOn", "post-too-long", MAX_MONTHS));
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(Refusal.unprocessable(v));
    }

    public static PracticeAssignment assign(UUID id, Draft d, Reserve reserve, OffsetDateTime now) {
        PracticeAssignment a = new PracticeAssignment();
        a.id = id;
        a.candidateId = reserve.candidateId;
        a.countyCode = reserve.countyCode;
        a.townshipCode = reserve.townshipCode;
        a.villageCode = reserve.villageCode;
        a.postKind = d.postKind();
        a.postVillageCode = d.postVillageCode();
        a.duties = d.duties();
        a.startOn = d.startOn();
        a.endOn = d.endOn();
        a.supervisor = d.supervisor();
        a.status = PracticeStatus.ASSIGNED;
        a.createdAt = now;
        a.updatedAt = now;
        return a;
    }

    /** 跨村任职: the post is in another village than the reserve's own. */
    public boolean crossVillage() {
        return !postVillageCode.equals(villageCode);
    }

    /** On post: not before the planned start. */
    public Decision<PracticeStatus> start(LocalDate today) {
        if (today.isBefore(startOn)) {
            return Decision.refuse(Refusal.conflict("post-not-started", Map.of("startOn", startOn.toString()), startOn));
        }
        return Decision.moveTo(PracticeStatus.ACTIVE, null, Map.of("startedOn", today.toString()));
    }

    /** Off post, with the supervisor's evaluation (required: the post's record is incomplete without it). */
    public Decision<PracticeStatus> end(Evaluation evaluation, LocalDate today) {
        if (evaluation == null || evaluation.grade() == null) {
            return Decision.refuse(Refusal.unprocessable("evaluation.grade", "evaluation-required"));
        }
        evaluationGrade = evaluation.grade();
        evaluationComment = evaluation.comment();
        endedOn = today;
        return Decision.moveTo(PracticeStatus.ENDED, evaluation.comment(), Map.of("grade", evaluation.grade().name()));
    }

    public Decision<PracticeStatus> cancel(String reason) {
        return Decision.moveTo(PracticeStatus.CANCELLED, reason, Map.of());
    }

    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
