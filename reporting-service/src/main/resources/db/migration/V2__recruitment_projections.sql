-- Reporting's projections of recruitment's campaigns and candidates (recruitment.campaign.v1, recruitment.candidate.v1);
-- the newest version of each wins (VersionedProjection). No ID numbers: the birth year only.
create table campaign_projection (
    campaign_id      uuid        primary key,
    name             text        not null,
    scope_code       char(12)    not null,
    county_code      char(12)    not null,
    status           text        not null,
    full_time_quota  int,
    part_time_quota  int,
    probation_months int,
    max_age          int,
    version          bigint      not null,
    updated_at       timestamptz not null default now()
);
create index campaign_projection_county on campaign_projection (county_code);

create table candidate_projection (
    candidate_id          uuid        primary key,
    campaign_id           uuid        not null,
    county_code           char(12)    not null,
    township_code         char(12)    not null,
    village_code          char(12)    not null,
    track                 text        not null,
    status                text        not null,
    target_post           text,
    gender                text,
    birth_year            int         not null,
    education_level       text,
    political_status      text,
    ethnicity             text,
    local_talent          boolean     not null default false,
    source_group          text,
    channel               text,
    elected_posts         text        not null default '',
    exit_reason           text,
    exited_from           text,
    probation_start       date,
    probation_planned_end date,
    version               bigint      not null,
    updated_at            timestamptz not null default now()
);
create index candidate_projection_village on candidate_projection (village_code bpchar_pattern_ops);
create index candidate_projection_campaign on candidate_projection (campaign_id);
