-- Projection of recruitment's region directory (recruitment.region.v1) with what reports count; newest version wins.
create table region_projection (
    code                          char(12)    primary key,
    name                          text        not null,
    level                         text        not null,
    parent_code                   char(12),
    village_type                  text,
    committee_seats               int,
    secretary_director_one_person boolean,
    active                        boolean     not null,
    version                       bigint      not null,
    updated_at                    timestamptz not null default now()
);
create index region_projection_code_prefix on region_projection (code bpchar_pattern_ops) where active;
