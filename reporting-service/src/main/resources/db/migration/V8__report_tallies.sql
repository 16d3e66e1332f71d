-- Maintained aggregates of candidate_projection (issue 11, county scale): what a county's coverage, readiness and
-- structure reports sum instead of reading every candidate. Moved by the candidate projection's handler in the same
-- transaction as the row (the new snapshot's share minus the old one's); rebuilt from candidate_projection at start-up
-- while tally_state says they are not built, and by the projection rebuild.

-- Coverage and readiness: one row per village (domain VillageTally).
create table village_tally (
    village_code       char(12) primary key,
    bench_full_time    bigint   not null default 0,
    bench_part_time    bigint   not null default 0,
    ready              bigint   not null default 0,
    elected            bigint   not null default 0,
    one_shoulder       bigint   not null default 0,
    one_shoulder_local bigint   not null default 0,
    proposed           bigint   not null default 0,
    on_post            bigint   not null default 0
);

-- Structure: reserves per township, campaign and population (POOL, CANDIDATES) with one value of one dimension.
create table structure_tally (
    township_code char(12) not null,
    population    text     not null,
    campaign_id   uuid     not null,
    dimension     text     not null,
    value         text     not null,
    reserves      bigint   not null,
    primary key (township_code, population, campaign_id, dimension, value)
);
create index structure_tally_township on structure_tally (township_code bpchar_pattern_ops, population);

create table tally_state (
    name  text    primary key,
    built boolean not null
);
insert into tally_state (name, built) values ('candidate-tallies', false);
