-- Annual growth goals, monthly tasks with report and feedback, and each judged month of a pair (silence).
create table mentorship_goal (
    id          uuid        primary key,
    pair_id     uuid        not null references mentorship (id),
    year        int         not null,
    area        text        not null,
    description text        not null,
    achieved    boolean     not null,
    version     bigint      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index mentorship_goal_pair on mentorship_goal (pair_id, year, created_at, id);

create table mentorship_task (
    id             uuid        primary key,
    pair_id        uuid        not null references mentorship (id),
    month          char(7)     not null,
    title          text        not null,
    description    text,
    due_on         date        not null,
    status         text        not null,
    report         text,
    attachment_ref text,
    reported_at    timestamptz,
    feedback       text,
    rating         int check (rating between 1 and 5),
    feedback_at    timestamptz,
    version        bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index mentorship_task_pair on mentorship_task (pair_id, month, due_on, id);

-- One row per pair and judged month, written by the monthly silence job: a rerun skips what is judged, and a silent
-- month is published once.
create table mentorship_month (
    pair_id    uuid        not null references mentorship (id),
    month      char(7)     not null,
    silent     boolean     not null,
    judged_at  timestamptz not null,
    primary key (pair_id, month)
);
create index mentorship_month_silent on mentorship_month (month, pair_id) where silent;
