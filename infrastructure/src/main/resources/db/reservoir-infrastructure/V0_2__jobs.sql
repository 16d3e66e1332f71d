-- Jobs as rows (org.reservoir.infrastructure.jobs). Infrastructure migrations are numbered V0_x and run out of order
-- on databases whose service migrations are already past them (quarkus.flyway.out-of-order): they create only
-- infrastructure's own tables and never refer to a service's, so their position among V1, V2... does not matter.
create table job (
    id             uuid        primary key,
    type           text        not null,
    -- A scheduled trigger's name and period (e.g. 2026-07): one job per trigger and period across instances.
    trigger_key    text,
    status         text        not null check (status in ('PENDING', 'RUNNING', 'FINISHED', 'FAILED')),
    attempts       int         not null default 0,
    max_attempts   int         not null,
    owner          text,
    heartbeat_at   timestamptz,
    -- The job's input (an uploaded file); dropped when the job ends.
    payload        bytea,
    parameters     jsonb       not null default '{}',
    failure_reason text,
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);
create unique index job_trigger on job (type, trigger_key) where trigger_key is not null;
create index job_open on job (created_at) where status in ('PENDING', 'RUNNING');
