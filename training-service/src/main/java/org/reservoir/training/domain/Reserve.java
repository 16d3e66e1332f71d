package org.reservoir.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Training's read-only copy of one of recruitment's candidates (recruitment.candidate.v1, newest version wins): whether
 * they are a reserve in the pool, their name, region and track, and whether they have left. Mentoring, plans and
 * training take only reserves in the pool.
 */
@Entity
@Table(name = "reserve_projection")
public class Reserve extends PanacheEntityBase {

    /** Recruitment's statuses of a reserve on the bench (its CandidateStatus.onBench), the ones training works with. */
    static final Set<String> IN_POOL = Set.of("ADMITTED", "ON_PROBATION", "PROBATION_PASSED", "NOT_ELECTED", "IN_POOL");
    static final String EXITED = "EXITED";

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    public String name;

    @Column(name = "county_code", columnDefinition = "char(12)")
    public String countyCode;

    @Column(name = "township_code", columnDefinition = "char(12)")
    public String townshipCode;

    @Column(name = "village_code", columnDefinition = "char(12)")
    public String villageCode;

    public String status;

    public String track;

    @Column(name = "in_pool")
    public boolean inPool;

    public boolean exited;

    @Column(name = "exit_reason")
    public String exitReason;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether a candidate in recruitment's {@code status} is a reserve in the pool. */
    public static boolean inPool(String status) {
        return IN_POOL.contains(status);
    }

    /** Whether recruitment's {@code status} means the person has left the pool for good (调整退出). */
    public static boolean exited(String status) {
        return EXITED.equals(status);
    }
}
