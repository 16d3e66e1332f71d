-- Mentors (导师) and mentor pairs (帮带对子) with their history.
create table mentor (
    id          uuid        primary key,
    person_id   text        not null unique,
    name        text        not null,
    kind        text        not null,
    region_code char(12)    not null,
    capacity    int         not null check (capacity between 1 and 20),
    active      boolean     not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index mentor_region on mentor (region_code, created_at, id);

create table mentorship (
    id               uuid        primary key,
    mentor_id        uuid        not null references mentor (id),
    mentor_person_id text        not null,
    candidate_id     uuid        not null,
    county_code      char(12)    not null,
    township_code    char(12)    not null,
    village_code     char(12)    not null,
    starts_on        date        not null,
    ends_on          date        not null,
    ended_on         date,
    end_reason       text,
    status           text        not null,
    version          bigint      not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
-- The last line of defence behind the advisory locks: one active mentor per reserve.
create unique index mentorship_one_active_per_reserve on mentorship (candidate_id) where status = 'ACTIVE';
create index mentorship_mentor on mentorship (mentor_id, status);
create index mentorship_person on mentorship (mentor_person_id, created_at, id);
create index mentorship_village on mentorship (village_code, created_at, id);

create table mentorship_history (
    id          bigserial   primary key,
    pair_id     uuid        not null references mentorship (id),
    action      text        not null,
    from_status text,
    to_status   text        not null,
    actor       text        not null,
    actor_role  text        not null,
    reason      text,
    details     jsonb,
    at          timestamptz not null
);
create index mentorship_history_pair on mentorship_history (pair_id, id);
