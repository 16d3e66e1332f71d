-- 测评方案: one evaluation plan per campaign (components with weights and maximum scores, pass line, tie-break order,
-- interview sheet and panel). Fixed once scoring has started.
create table evaluation_plan (
    id                uuid          primary key,
    campaign_id       uuid          not null unique,
    county_code       char(12)      not null,
    scope_code        char(12)      not null,
    components        jsonb         not null,
    pass_line         numeric(5, 2) not null,
    tie_break         jsonb         not null,
    criteria_template text          not null,
    raters            jsonb         not null,
    min_raters        int           not null,
    trim_from         int,
    version           bigint        not null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null
);

-- 选拔测评: a candidate's evaluation, keyed by recruitment's candidate id, and its result once sealed.
create table evaluation (
    candidate_id       uuid          primary key,
    campaign_id        uuid          not null,
    plan_id            uuid          not null references evaluation_plan (id),
    candidate_name     text          not null,
    county_code        char(12)      not null,
    township_code      char(12)      not null,
    village_code       char(12)      not null,
    status             text          not null,
    written_test       numeric(7, 2),
    households_visited int,
    people_talked_to   int,
    findings           text,
    field_visit_score  numeric(7, 2),
    votes_for          int,
    votes_total        int,
    interview_score    numeric(7, 2),
    composite          numeric(5, 2),
    passed             boolean,
    rank_at_seal       int,
    rank_of            int,
    breakdown          jsonb,
    result_version     int           not null,
    sealed_at          timestamptz,
    version            bigint        not null,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null
);
create index evaluation_campaign on evaluation (campaign_id, status);

-- One rater's interview sheet; a replaced sheet keeps its row with superseded_at (history).
create table interview_sheet (
    id            bigint generated always as identity primary key,
    candidate_id  uuid          not null references evaluation (candidate_id),
    rater         text          not null,
    scores        jsonb         not null,
    total         numeric(7, 2) not null,
    entered_at    timestamptz   not null,
    superseded_at timestamptz
);
create unique index interview_sheet_current on interview_sheet (candidate_id, rater) where superseded_at is null;

create table evaluation_history (
    id           bigint generated always as identity primary key,
    candidate_id uuid        not null references evaluation (candidate_id),
    action       text        not null,
    from_status  text,
    to_status    text,
    actor        text        not null,
    actor_role   text        not null,
    reason       text,
    details      jsonb       not null,
    at           timestamptz not null
);
create index evaluation_history_candidate on evaluation_history (candidate_id, at, id);
