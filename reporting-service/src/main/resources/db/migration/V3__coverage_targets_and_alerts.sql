-- A county's coverage target (reserves per village); a county without a row uses the default 2–3.
create table coverage_target (
    county_code char(12)    primary key,
    target_min  int         not null check (target_min between 1 and 50),
    target_max  int         check (target_max is null or target_max between target_min and 50),
    version     bigint      not null,
    updated_by  text        not null,
    updated_at  timestamptz not null
);

-- Alerts: raised once when a cause appears, resolved when it goes away; at most one open alert per kind and subject.
create table alert (
    id            uuid        primary key,
    kind          text        not null,
    subject       text        not null,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    details       jsonb       not null,
    raised_at     timestamptz not null,
    resolved_at   timestamptz,
    version       bigint      not null
);
create unique index alert_open_once on alert (kind, subject) where resolved_at is null;
create index alert_region on alert (village_code bpchar_pattern_ops, raised_at, id);
