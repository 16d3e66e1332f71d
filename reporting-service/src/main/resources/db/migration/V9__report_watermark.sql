-- Issue 11, county scale: what the county reports read changes only when one of these tables does. Every statement that
-- writes one bumps report_watermark in the writer's own transaction (the consumer's batch, a projection rebuild, a tally
-- rebuild, a new coverage target), so a report computed at watermark N stays right while the watermark is N: reporting
-- keeps the county figures it computed per watermark and answers If-None-Match with 304 while it has not moved.
create table report_watermark (
    id    int    primary key check (id = 1),
    value bigint not null
);
insert into report_watermark (id, value) values (1, 0);

create function bump_report_watermark() returns trigger language plpgsql as $$
begin
    update report_watermark set value = value + 1 where id = 1;
    return null;
end
$$;

create trigger region_projection_watermark after insert or update or delete or truncate on region_projection
    for each statement execute function bump_report_watermark();
create trigger campaign_projection_watermark after insert or update or delete or truncate on campaign_projection
    for each statement execute function bump_report_watermark();
create trigger candidate_projection_watermark after insert or update or delete or truncate on candidate_projection
    for each statement execute function bump_report_watermark();
create trigger village_tally_watermark after insert or update or delete or truncate on village_tally
    for each statement execute function bump_report_watermark();
create trigger structure_tally_watermark after insert or update or delete or truncate on structure_tally
    for each statement execute function bump_report_watermark();
create trigger coverage_target_watermark after insert or update or delete or truncate on coverage_target
    for each statement execute function bump_report_watermark();

-- A county's villages by code prefix (coverage, readiness, alerts): the primary key's default collation cannot serve LIKE.
create index region_projection_village_prefix on region_projection (code bpchar_pattern_ops) where level = 'VILLAGE';
