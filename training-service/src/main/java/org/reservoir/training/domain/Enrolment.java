package org.reservoir.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reservoir.infrastructure.security.Roles;
import org.reservoir.infrastructure.transitions.AuditedEntity;
import org.reservoir.infrastructure.transitions.Decision;
import org.reservoir.infrastructure.transitions.TransitionTable;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import static org.reservoir.infrastructure.transitions.TransitionTable.of;
import static org.reservoir.infrastructure.transitions.TransitionTable.row;

/** A reserve's place in a programme: enrolled (by list or by township), withdrawn, reinstated, completed. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AuditedEntity<EnrolmentStatus> {

    public static final TransitionTable<EnrolmentAction, EnrolmentStatus> TABLE = new TransitionTable<>("illegal-transition", List.of(
            row(EnrolmentAction.WITHDRAW, of(EnrolmentStatus.ENROLLED), of(EnrolmentStatus.WITHDRAWN), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(EnrolmentAction.REINSTATE, of(EnrolmentStatus.WITHDRAWN), of(EnrolmentStatus.ENROLLED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER),
            row(EnrolmentAction.COMPLETE, of(EnrolmentStatus.ENROLLED), of(EnrolmentStatus.COMPLETED), Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER)));

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    /** The programme's scope: its officers manage the enrolment (a township never acts on its county's programme). */
    @Column(name = "scope_code", columnDefinition = "char(12)")
    public String scopeCode;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Column(name = "enrolled_at")
    public OffsetDateTime enrolledAt;

    public static Enrolment enrol(UUID id, Programme programme, Reserve reserve, OffsetDateTime now) {
        Enrolment e = new Enrolment();
        e.id = id;
        e.programmeId = programme.id;
        e.scopeCode = programme.scopeCode;
        e.candidateId = reserve.candidateId;
        e.countyCode = reserve.countyCode;
        e.townshipCode = reserve.townshipCode;
        e.villageCode = reserve.villageCode;
        e.status = EnrolmentStatus.ENROLLED;
        e.enrolledAt = now;
        e.updatedAt = now;
        return e;
    }

    public Decision<EnrolmentStatus> withdraw(String reason) {
        return Decision.moveTo(EnrolmentStatus.WITHDRAWN, reason, Map.of());
    }

    /** Back into the programme, if a place is free. */
    public Decision<EnrolmentStatus> reinstate(String reason, OptionalInt capacity, long enrolled) {
        return ProgrammeCapacity.refusal(capacity, enrolled, 1).<Decision<EnrolmentStatus>>map(Decision::refuse)
                .orElseGet(() -> Decision.moveTo(EnrolmentStatus.ENROLLED, reason, Map.of()));
    }

    public Decision<EnrolmentStatus> complete(String reason) {
        return Decision.moveTo(EnrolmentStatus.COMPLETED, reason, Map.of());
    }

    @Override
    public String jurisdiction() {
        return scopeCode;
    }

}
