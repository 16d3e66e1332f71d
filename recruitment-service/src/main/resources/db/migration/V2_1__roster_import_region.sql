-- A roster import belongs to its uploader's region: a township's job is not readable by another township.
alter table roster_import add column region_code text;
update roster_import r set region_code = c.scope_code from campaign c where c.id = r.campaign_id;
alter table roster_import alter column region_code set not null;
