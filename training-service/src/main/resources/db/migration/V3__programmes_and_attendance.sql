-- Training programmes (培训) with sessions, enrolments, attendance and the hours each county requires a year.
create table programme (
    id          uuid        primary key,
    kind        text        not null check (kind in ('PRE_POST', 'REGULAR', 'EDUCATION_UPGRADE', 'COLLECTIVE_MENTORING_DAY')),
    title       text        not null,
    description text,
    scope_code  char(12)    not null,
    county_code char(12)    not null,
    year        int         not null check (year between 2000 and 2100),
    version     bigint      not null default 0,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index programme_scope on programme (scope_code bpchar_pattern_ops, year);

create table training_session (
    id            uuid          primary key,
    programme_id  uuid          not null references programme (id),
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null check (ends_at > starts_at),
    place         text          not null,
    hours         numeric(5, 2) not null check (hours > 0),
    capacity      int           not null check (capacity > 0),
    trainer       text          not null,
    -- Shown in the room; a phone submits it to check in. Unique, so the code alone names the session.
    check_in_code text          not null unique,
    version       bigint        not null default 0,
    created_at    timestamptz   not null
);
create index training_session_programme on training_session (programme_id, starts_at, id);

create table enrolment (
    id            uuid        primary key,
    programme_id  uuid        not null references programme (id),
    candidate_id  uuid        not null,
    scope_code    char(12)    not null,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    status        text        not null check (status in ('ENROLLED', 'WITHDRAWN', 'COMPLETED')),
    version       bigint      not null default 0,
    enrolled_at   timestamptz not null,
    updated_at    timestamptz not null,
    unique (programme_id, candidate_id)
);
create index enrolment_candidate on enrolment (candidate_id);

-- Hours are credited once per reserve and session: the unique key is the rule's last line of defence.
create table attendance (
    id             uuid          primary key,
    session_id     uuid          not null references training_session (id),
    programme_id   uuid          not null references programme (id),
    programme_kind text          not null,
    candidate_id   uuid          not null,
    county_code    char(12)      not null,
    township_code  char(12)      not null,
    village_code   char(12)      not null,
    method         text          not null check (method in ('CHECK_IN', 'ROLL_CALL')),
    hours          numeric(5, 2) not null,
    attended_on    date          not null,
    recorded_by    text          not null,
    recorded_at    timestamptz   not null,
    version        bigint        not null default 0,
    unique (session_id, candidate_id)
);
create index attendance_candidate on attendance (candidate_id, attended_on);

create table hours_requirement (
    county_code   char(12)      not null,
    year          int           not null,
    minimum_hours numeric(6, 2) not null check (minimum_hours >= 0),
    version       bigint        not null default 0,
    updated_by    text          not null,
    updated_at    timestamptz   not null,
    primary key (county_code, year)
);

-- History of enrolments, practice assignments and education records (TransitionRunner lines).
create table training_history (
    id           bigserial   primary key,
    subject_kind text        not null,
    subject_id   uuid        not null,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    actor_role   text        not null,
    reason       text,
    details      jsonb,
    at           timestamptz not null
);
create index training_history_subject on training_history (subject_id, id);
