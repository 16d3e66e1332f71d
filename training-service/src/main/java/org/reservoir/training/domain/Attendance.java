package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reserve's attendance at a session and the hours it credits, once: (session, reserve) is unique, so a second
 * check-in or roll call credits nothing more.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_kind")
    public ProgrammeKind programmeKind;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    @Enumerated(EnumType.STRING)
    public AttendanceMethod method;

    public BigDecimal hours;

    @Column(name = "attended_on")
    public LocalDate attendedOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    public static Attendance credit(UUID id, TrainingSession session, Programme programme, Enrolment enrolment, AttendanceMethod method,
                                    String by, OffsetDateTime now) {
        Attendance a = new Attendance();
        a.id = id;
        a.sessionId = session.id;
        a.programmeId = programme.id;
        a.programmeKind = programme.kind;
        a.candidateId = enrolment.candidateId;
        a.countyCode = enrolment.countyCode;
        a.townshipCode = enrolment.townshipCode;
        a.villageCode = enrolment.villageCode;
        a.method = method;
        a.hours = session.hours;
        a.attendedOn = session.day();
        a.recordedBy = by;
        a.recordedAt = now;
        return a;
    }
}
