package org.reservoir.reporting.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A county's report schedule: which report (a {@code ReportKind} name) for which region, in which format, when (cron in
 * a time zone) and how long each run's file is kept. {@code nextDueAt} is the scheduler's bookmark (null while
 * inactive); moving it is not a change of the schedule, so it does not bump {@link #version}.
 */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule {

    @Id
    public UUID id;
    @Column(name = "county_code")
    public String countyCode;
    public String region;
    public String report;
    public String format;
    public String cron;
    @Column(name = "time_zone")
    public String timeZone;
    @Column(name = "retention_days")
    public int retentionDays;
    public boolean active;
    @Column(name = "next_due_at")
    public OffsetDateTime nextDueAt;
    @Version
    public long version;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
