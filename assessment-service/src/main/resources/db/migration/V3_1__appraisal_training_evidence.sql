-- Evidence for appraisals from training-service's events (contracts: training.attendance.v1, training.mentorship.v1).
-- Hours credited per attendance (newest version wins).
create table evidence_training_hours (
    attendance_id   uuid          primary key,
    candidate_id    uuid          not null,
    programme_id    text,
    programme_kind  text,
    hours           numeric(7, 2) not null,
    attended_on     date          not null,
    version         bigint        not null,
    updated_at      timestamptz   not null
);
create index evidence_training_hours_candidate on evidence_training_hours (candidate_id, attended_on);

-- Mentorship follow-ups, one per pair, task and month.
create table evidence_mentorship_followup (
    followup_key  text        primary key,
    pair_id       uuid        not null,
    candidate_id  uuid        not null,
    task_id       text,
    month         char(7)     not null,
    rating        int,
    recorded_at   timestamptz,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index evidence_mentorship_followup_candidate on evidence_mentorship_followup (candidate_id, month);
