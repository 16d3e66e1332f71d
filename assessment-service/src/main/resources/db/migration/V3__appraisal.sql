-- Half-yearly appraisal (半年考评) with democratic appraisal (民主测评) and dynamic-adjustment proposals (动态调整).
create table appraisal_cycle (
    id                       uuid        primary key,
    county_code              char(12)    not null,
    year                     int         not null,
    period                   text        not null,
    opens_on                 date,
    deadline                 date        not null,
    dimensions               jsonb       not null,
    democratic_weight        int         not null check (democratic_weight between 0 and 100),
    status                   text        not null,
    grade_rules_version      text        not null,
    adjustment_rules_version text        not null,
    appraisal_count          int         not null default 0,
    version                  bigint      not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    -- One cycle per county and half year.
    unique (county_code, year, period)
);
create index appraisal_cycle_due on appraisal_cycle (opens_on) where status = 'DRAFT';

create table appraisal (
    id                   uuid        primary key,
    cycle_id             uuid        not null references appraisal_cycle (id),
    candidate_id         uuid        not null,
    candidate_name       text,
    county_code          char(12)    not null,
    township_code        char(12)    not null,
    village_code         char(12)    not null,
    period               text        not null,
    deadline             date        not null,
    status               text        not null,
    scores               jsonb       not null,
    votes                jsonb       not null,
    committee_score      numeric(7, 2),
    democratic_score     numeric(7, 2),
    total                numeric(7, 2),
    grade                text,
    grade_rule           text,
    graded_at            timestamptz,
    overdue_reported_at  timestamptz,
    version              bigint      not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (cycle_id, candidate_id)
);
create index appraisal_candidate on appraisal (candidate_id, period);
create index appraisal_village on appraisal (village_code, cycle_id);
-- The overdue job's and list's question: open past the deadline.
create index appraisal_open_deadline on appraisal (deadline) where status = 'OPEN';

create table appraisal_proposal (
    id               uuid        primary key,
    appraisal_id     uuid        not null references appraisal (id),
    cycle_id         uuid        not null references appraisal_cycle (id),
    candidate_id     uuid        not null,
    county_code      char(12)    not null,
    township_code    char(12)    not null,
    village_code     char(12)    not null,
    period           text        not null,
    kind             text        not null,
    status           text        not null,
    rule             text        not null,
    rule_description text,
    decision_reason  text,
    decided_by       text,
    decided_at       timestamptz,
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (appraisal_id, kind)
);
create index appraisal_proposal_village on appraisal_proposal (village_code, status);

-- Cycles, appraisals and proposals are audited alike: every transition with who, in which role, why and when.
create table appraisal_history (
    id            bigserial   primary key,
    subject_kind  text        not null,
    subject_id    uuid        not null,
    action        text        not null,
    from_status   text,
    to_status     text        not null,
    actor         text        not null,
    actor_role    text        not null,
    reason        text,
    details       jsonb,
    at            timestamptz not null
);
create index appraisal_history_subject on appraisal_history (subject_id, id);
