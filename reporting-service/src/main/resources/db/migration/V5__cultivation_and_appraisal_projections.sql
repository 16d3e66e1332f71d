-- Projections of assessment.appraisal.v1 and training.{mentorship,attendance,practice}.v1 (never an ID number: the events carry none).

-- One appraisal: graded (grade, period) or still open and overdue (deadline); newest version wins.
create table appraisal_projection (
    appraisal_id     uuid        primary key,
    cycle_id         uuid        not null,
    candidate_id     uuid        not null,
    period           text,
    grade            text,
    total            numeric(5, 2),
    overdue_deadline date,
    county_code      char(12)    not null,
    township_code    char(12)    not null,
    village_code     char(12)    not null,
    version          bigint      not null,
    updated_at       timestamptz not null
);
create index appraisal_projection_region on appraisal_projection (village_code bpchar_pattern_ops);

-- A dynamic-adjustment proposal: OPEN from the graded appraisal, then ACCEPTED or DISMISSED once (a decision is final).
create table proposal_projection (
    proposal_id   uuid        primary key,
    appraisal_id  uuid        not null,
    candidate_id  uuid        not null,
    kind          text        not null,
    status        text        not null,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    updated_at    timestamptz not null
);
create index proposal_projection_region on proposal_projection (village_code bpchar_pattern_ops);

create table mentor_pair_projection (
    pair_id       uuid        primary key,
    mentor_id     uuid        not null,
    candidate_id  uuid        not null,
    status        text        not null,
    started_on    date        not null,
    ends_on       date        not null,
    ended_on      date,
    end_reason    text,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index mentor_pair_projection_region on mentor_pair_projection (village_code bpchar_pattern_ops);

-- A mentor's feedback on one monthly task (keyed by the task: newest version wins).
create table mentor_followup_projection (
    task_id       uuid        primary key,
    pair_id       uuid        not null,
    candidate_id  uuid        not null,
    month         char(7)     not null,
    rating        int,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index mentor_followup_projection_pair on mentor_followup_projection (pair_id, month);
create index mentor_followup_projection_region on mentor_followup_projection (village_code bpchar_pattern_ops);

-- A month in which a pair had neither a task nor feedback (training publishes it once per pair and month).
create table mentor_silent_month (
    pair_id       uuid        not null,
    month         char(7)     not null,
    candidate_id  uuid        not null,
    village_code  char(12)    not null,
    primary key (pair_id, month)
);

-- Hours credited to a reserve for one session (once per reserve and session); the year is attendedOn's.
create table hours_credit_projection (
    attendance_id  uuid         primary key,
    candidate_id   uuid         not null,
    programme_kind text         not null,
    hours          numeric(6, 2) not null,
    attended_on    date         not null,
    county_code    char(12)     not null,
    township_code  char(12)     not null,
    village_code   char(12)     not null,
    version        bigint       not null,
    updated_at     timestamptz  not null
);
create index hours_credit_projection_region on hours_credit_projection (village_code bpchar_pattern_ops, attended_on);

create table practice_projection (
    assignment_id     uuid        primary key,
    candidate_id      uuid        not null,
    post_kind         text        not null,
    post_village_code char(12)    not null,
    cross_village     boolean     not null,
    start_on          date        not null,
    end_on            date        not null,
    status            text        not null,
    evaluation_grade  text,
    county_code       char(12)    not null,
    township_code     char(12)    not null,
    village_code      char(12)    not null,
    version           bigint      not null,
    updated_at        timestamptz not null
);
create index practice_projection_region on practice_projection (village_code bpchar_pattern_ops);
