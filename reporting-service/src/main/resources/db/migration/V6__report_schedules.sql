-- Report schedules (cron per county) and their runs; each run keeps its file until expires_at (housekeeping purges it).
create table report_schedule (
    id             uuid        primary key,
    county_code    char(12)    not null,
    region         char(12)    not null,
    report         text        not null,
    format         text        not null,
    cron           text        not null,
    time_zone      text        not null,
    retention_days int         not null check (retention_days between 1 and 366),
    active         boolean     not null,
    -- The scheduler's bookmark: the next instant a run is due (null while inactive).
    next_due_at    timestamptz,
    version        bigint      not null,
    created_by     text        not null,
    created_at     timestamptz not null,
    updated_by     text        not null,
    updated_at     timestamptz not null
);
create index report_schedule_due on report_schedule (next_due_at) where active;
create index report_schedule_region on report_schedule (region bpchar_pattern_ops, created_at, id);

create table report_schedule_run (
    id             uuid        primary key,
    schedule_id    uuid        not null references report_schedule (id) on delete cascade,
    -- One run per schedule and due instant, however many instances find it due.
    due_at         timestamptz not null,
    -- What the schedule asked for when the run was created (a later edit changes only later runs).
    report         text        not null,
    region         char(12)    not null,
    format         text        not null,
    retention_days int         not null,
    status         text        not null check (status in ('QUEUED', 'RUNNING', 'RETRY_WAIT', 'FINISHED', 'FAILED')),
    attempts       int         not null default 0,
    -- The job carrying the current attempt (infrastructure's job table).
    job_id         uuid,
    next_attempt_at timestamptz,
    started_at     timestamptz,
    finished_at    timestamptz,
    size_bytes     bigint,
    content        bytea,
    failure_reason text,
    expires_at     timestamptz,
    created_at     timestamptz not null,
    unique (schedule_id, due_at)
);
create index report_schedule_run_list on report_schedule_run (schedule_id, due_at desc, id);
create index report_schedule_run_retry on report_schedule_run (next_attempt_at) where status = 'RETRY_WAIT';
create index report_schedule_run_job on report_schedule_run (job_id);
create index report_schedule_run_expiry on report_schedule_run (expires_at);

-- Ad-hoc exports are purged after reservoir.reporting.exports.retention.
create index report_export_created on report_export (created_at);
