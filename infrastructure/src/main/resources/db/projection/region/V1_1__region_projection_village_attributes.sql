-- The village attributes reports count, kept by every service's region projection (reporting's own V1 had them; a
-- database made by the shared V1 gets them here, so the statements tolerate either starting point).
alter table region_projection add column if not exists village_type text;
alter table region_projection add column if not exists committee_seats int;
alter table region_projection add column if not exists secretary_director_one_person boolean;
create index if not exists region_projection_parent on region_projection (parent_code);
create index if not exists region_projection_code_prefix on region_projection (code bpchar_pattern_ops) where active;
