-- The growth archive (一人一档): one reserve's profile and timeline, fed by every context's events. Never an ID number.

-- The reserve's profile as recruitment's newest candidate snapshot carries it (name included: the archive names its person).
create table archive_profile (
    candidate_id          uuid        primary key,
    campaign_id           uuid        not null,
    name                  text,
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
    local_talent          boolean     not null,
    source_group          text,
    channel               text,
    key_cultivation       boolean     not null,
    elected_posts         text        not null,
    exit_reason           text,
    probation_start       date,
    probation_planned_end date,
    version               bigint      not null,
    updated_at            timestamptz not null
);

-- One line of a reserve's timeline. line_key names its source (e.g. the candidate's version, the appraisal, the attendance), so a
-- redelivered event rewrites nothing and a corrected one (higher version) replaces its line. facts is the line's JSON.
create table archive_line (
    line_key     text        primary key,
    candidate_id uuid        not null,
    kind         text        not null,
    occurred_at  timestamptz not null,
    seq          bigint      not null,
    facts        text        not null,
    version      bigint      not null,
    updated_at   timestamptz not null
);
create index archive_line_candidate on archive_line (candidate_id, occurred_at, seq, line_key);

-- Bumped whenever a reserve's profile or a line changes: the archive's ETag.
create table archive_revision (
    candidate_id uuid   primary key,
    revision     bigint not null
);
