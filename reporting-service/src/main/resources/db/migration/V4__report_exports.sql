-- Report exports (XLSX, CSV) made by a job; the file is kept with the row.
create table report_export (
    id             uuid        primary key,
    requested_by   text        not null,
    region         char(12)    not null,
    report         text        not null,
    campaign_id    uuid,
    format         text        not null,
    status         text        not null,
    content        bytea,
    failure_reason text,
    created_at     timestamptz not null,
    finished_at    timestamptz
);
create index report_export_region on report_export (region bpchar_pattern_ops, created_at);
