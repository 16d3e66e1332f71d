-- Practice posts (上岗锻炼, 跨村任职) and education upgrades (学历提升).
create table practice_assignment (
    id                 uuid        primary key,
    candidate_id       uuid        not null,
    county_code        char(12)    not null,
    township_code      char(12)    not null,
    village_code       char(12)    not null,
    post_kind          text        not null,
    post_village_code  char(12)    not null,
    duties             text,
    start_on           date        not null,
    end_on             date        not null check (end_on >= start_on),
    supervisor         text        not null,
    status             text        not null check (status in ('ASSIGNED', 'ACTIVE', 'ENDED', 'CANCELLED')),
    evaluation_grade   text,
    evaluation_comment text,
    ended_on           date,
    version            bigint      not null default 0,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check ((status = 'ENDED') = (evaluation_grade is not null))
);
create index practice_assignment_candidate on practice_assignment (candidate_id, start_on);
create index practice_assignment_village on practice_assignment (village_code bpchar_pattern_ops);

create table education_record (
    id                  uuid        primary key,
    candidate_id        uuid        not null,
    county_code         char(12)    not null,
    township_code       char(12)    not null,
    village_code        char(12)    not null,
    programme_id        uuid        references programme (id),
    school              text        not null,
    major               text,
    target_level        text        not null,
    started_on          date        not null,
    expected_completion date        not null,
    status              text        not null check (status in ('STUDYING', 'COMPLETED', 'DISCONTINUED')),
    achieved_level      text,
    completed_on        date,
    version             bigint      not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index education_record_candidate on education_record (candidate_id);
create index education_record_village on education_record (village_code bpchar_pattern_ops);
