-- The evaluation plan (weights, maximum scores, pass line, panel) belongs to assessment-service now: a campaign keeps no
-- copy. The candidate keeps the scores assessment publishes. The weights' check constraint goes with its columns.
alter table campaign
    drop column weight_written,
    drop column weight_interview,
    drop column weight_field_visit,
    drop column pass_line;
