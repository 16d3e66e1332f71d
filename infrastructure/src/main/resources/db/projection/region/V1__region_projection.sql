-- Local projection of recruitment's region directory (recruitment.region.v1); the newest version wins.
create table region_projection (
    code        char(12)    primary key,
    name        text        not null,
    level       text        not null,
    parent_code char(12),
    active      boolean     not null,
    version     bigint      not null,
    updated_at  timestamptz not null default now()
);
create index region_projection_parent on region_projection (parent_code);
