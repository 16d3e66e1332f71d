-- 招募计划: a county or township campaign with its quotas, rules, evaluation weights and probation length.
create table campaign (
    id                 uuid        primary key,
    name               text        not null,
    scope_code         char(12)    not null references region (code),
    county_code        char(12)    not null,
    starts_on          date        not null,
    ends_on            date        not null,
    vacancies          jsonb       not null,
    full_time_quota    int         not null,
    part_time_quota    int         not null,
    source_groups      jsonb       not null,
    channels           jsonb       not null,
    eligibility        jsonb       not null,
    weight_written     int         not null,
    weight_interview   int         not null,
    weight_field_visit int         not null,
    pass_line          numeric(5, 2) not null,
    probation_months   int         not null,
    status             text        not null,
    version            bigint      not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (weight_written + weight_interview + weight_field_visit = 100)
);
create index campaign_scope on campaign (scope_code, created_at, id);

-- 后备力量: a candidate and, once admitted, a reserve. The ID number is stored only as a keyed hash (look-up)
-- and AES-GCM ciphertext; id_number_masked is what most callers see.
create table candidate (
    id                     uuid        primary key,
    campaign_id            uuid        not null references campaign (id),
    county_code            char(12)    not null,
    township_code          char(12)    not null,
    village_code           char(12)    not null references region (code),
    target_post            text        not null,
    track                  text        not null,
    name                   text        not null,
    gender                 text        not null,
    ethnicity              text        not null,
    birth_date             date        not null,
    id_number_hash         text        not null,
    id_number_cipher       text        not null,
    id_number_masked       text        not null,
    phone                  text        not null,
    education_level        text        not null,
    major                  text,
    school                 text,
    political_status       text        not null,
    party_join_date        date,
    work_history           jsonb       not null,
    work_years             int         not null,
    fit_for_duty           boolean     not null,
    health_note            text,
    local_talent           boolean     not null,
    home_village_code      char(12),
    occupation             text,
    source_group           text        not null,
    channel                text        not null,
    channel_detail         text,
    status                 text        not null,
    eligibility            jsonb       not null,
    review_departments     jsonb       not null,
    written_test_score     numeric(5, 2),
    interview_score        numeric(5, 2),
    field_visit_score      numeric(5, 2),
    composite_score        numeric(5, 2),
    probation_start        date,
    probation_planned_end  date,
    elected_posts          jsonb       not null,
    secretary_director_one_person boolean,
    exit_reason            text,
    exit_recommendations   jsonb       not null,
    version                bigint      not null,
    registered_at          timestamptz not null,
    updated_at             timestamptz not null
);
-- The same person registered twice in one county is refused.
create unique index candidate_person_per_county on candidate (county_code, id_number_hash);
create index candidate_village on candidate (village_code bpchar_pattern_ops, status);
create index candidate_campaign on candidate (campaign_id, status);
create index candidate_registered on candidate (registered_at, id);

-- 联审: one department's verdict on a candidate; one veto rejects (一票否决).
create table review_verdict (
    candidate_id uuid        not null references candidate (id),
    department   text        not null,
    verdict      text        not null check (verdict in ('PASS', 'VETO')),
    reason       text,
    reviewer     text        not null,
    recorded_at  timestamptz not null,
    primary key (candidate_id, department)
);

-- Every transition and override: who, when, why.
create table candidate_history (
    id           bigserial   primary key,
    candidate_id uuid        not null references candidate (id),
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    actor_role   text        not null,
    reason       text,
    details      jsonb,
    at           timestamptz not null
);
create index candidate_history_candidate on candidate_history (candidate_id, id);

-- Bulk roster imports run as jobs; the report lists every row's outcome.
create table roster_import (
    id           uuid        primary key,
    campaign_id  uuid        not null references campaign (id),
    caller       text        not null,
    file_name    text,
    file_hash    text        not null,
    status       text        not null,
    total_rows   int         not null,
    processed    int         not null,
    created      int         not null,
    skipped      int         not null,
    failed       int         not null,
    report       jsonb       not null,
    created_at   timestamptz not null,
    finished_at  timestamptz
);
