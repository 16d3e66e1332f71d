-- Roster imports run as jobs (infrastructure's job table): each row's outcome is its own row, written in the
-- transaction that registers the person, so an import resumed after a crash skips exactly the rows already done.
create table roster_import_row (
    import_id    uuid  not null references roster_import (id),
    row_number   int   not null,
    outcome      text  not null,
    candidate_id uuid,
    errors       jsonb not null,
    primary key (import_id, row_number)
);
insert into roster_import_row (import_id, row_number, outcome, candidate_id, errors)
select r.id, (e ->> 'row')::int, e ->> 'outcome', (e ->> 'candidateId')::uuid, coalesce(e -> 'errors', '[]'::jsonb)
from roster_import r, jsonb_array_elements(r.report) e
on conflict do nothing;
alter table roster_import drop column report;
-- Why an import failed (its job out of attempts, or interrupted before imports were resumable).
alter table roster_import add column failure_reason text;
-- Imports that were running on an executor when the service was upgraded cannot be resumed: their file was not kept.
update roster_import set status = 'FAILED', finished_at = now(),
    failure_reason = 'interrupted by a restart before imports were resumable; upload the file again (rows already imported are skipped)'
where status = 'RUNNING';
