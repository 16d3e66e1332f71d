-- Personal development plans (一人一策), one per reserve.
create table development_plan (
    candidate_id           uuid        primary key,
    village_code           char(12)    not null,
    year                   int         not null,
    goals                  jsonb       not null,
    planned_training       jsonb       not null,
    planned_practice_posts jsonb       not null,
    version                bigint      not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
