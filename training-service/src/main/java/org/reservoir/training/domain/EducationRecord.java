package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.api.Violation;
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
 * A reserve's education upgrade (学历提升): the programme, the school, the level aimed at and the expected
 * completion. Nothing changes elsewhere while they study; completion with the level reached is published and
 * recruitment applies it to the candidate's profile.
 */
@Entity
@Table(name = "education_record")
public class EducationRecord extends AuditedEntity<EducationStatus> {

    public static final TransitionTable<EducationAction, EducationStatus> TABLE = new TransitionTable<>("illegal-transition", List.of(
            row(EducationAction.COMPLETE, of(EducationStatus.STUDYING), of(EducationStatus.COMPLETED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(EducationAction.DISCONTINUE, of(EducationStatus.STUDYING), of(EducationStatus.DISCONTINUED), Roles.COUNTY_ADMIN,
                    Roles.TOWNSHIP_OFFICER)));

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

    /** The EDUCATION_UPGRADE programme the study belongs to, if the county runs one. */
    @Column(name = "programme_id")
    public UUID programmeId;

    public String school;

    public String major;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level")
    public EducationLevel targetLevel;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "expected_completion")
    public LocalDate expectedCompletion;

    @Enumerated(EnumType.STRING)
    @Column(name = "achieved_level")
    public EducationLevel achievedLevel;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public record Draft(UUID candidateId, UUID programmeId, String school, String major, EducationLevel targetLevel, LocalDate startedOn,
                        LocalDate expectedCompletion) {
    }

    /**
     * What stops a record: the reserve must be in the pool, a named programme must be an education-upgrade one and
     * the study must end after it starts.
     */
    public static Optional<Refusal> refusal(Draft d, Reserve reserve, Programme programme) {
        if (!reserve.inPool) {
            return Optional.of(Refusal.unprocessable("candidateId", "reserve-not-in-pool", d.candidateId()));
        }
        List<Violation> v = new ArrayList<>();
        if (d.programmeId() != null && (programme == null || programme.kind != ProgrammeKind.EDUCATION_UPGRADE || !programme.admits(reserve.villageCode))) {
            v.add(new Violation("programmeId", "education-programme", d.programmeId()));
        }
        if (!d.expectedCompletion().isAfter(d.startedOn())) {
            v.add(new Violation("expectedCompletion", "ends-before-start", d.startedOn()));
        }
        return v.isEmpty() ? Optional.empty() : Optional.of(Refusal.unprocessable(v));
    }

    public static EducationRecord enrol(UUID id, Draft d, Reserve reserve, OffsetDateTime now) {
        EducationRecord r = new EducationRecord();
        r.id = id;
        r.candidateId = reserve.candidateId;
        r.countyCode = reserve.countyCode;
        r.townshipCode = reserve.townshipCode;
        r.villageCode = reserve.villageCode;
        r.programmeId = d.programmeId();
        r.school = d.school();
        r.major = d.major();
        r.targetLevel = d.targetLevel();
        r.startedOn = d.startedOn();
        r.expectedCompletion = d.expectedCompletion();
        r.status = EducationStatus.STUDYING;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** Completed with the level reached, on a day not in the future and not before the study began. */
    public Decision<EducationStatus> complete(EducationLevel level, LocalDate on, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (level == null) {
            v.add(new Violation("educationLevel", "education-level-required"));
        }
        if (on.isAfter(today)) {
            v.add(new Violation("completedOn", "completed-in-future", today));
        } else if (on.isBefore(startedOn)) {
            v.add(new Violation("completedOn", "completed-before-start", startedOn));
        }
        if (!v.isEmpty()) {
            return Decision.refuse(Refusal.unprocessable(v));
        }
        achievedLevel = level;
        completedOn = on;
        return Decision.moveTo(EducationStatus.COMPLETED, null, Map.of("educationLevel", level.name(), "completedOn", on.toString()));
    }

    public Decision<EducationStatus> discontinue(String reason) {
        return Decision.moveTo(EducationStatus.DISCONTINUED, reason, Map.of());
    }

    @Override
    public String jurisdiction() {
        return villageCode;
    }

}
