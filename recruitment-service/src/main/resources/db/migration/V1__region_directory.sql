-- 行政区划: counties, townships and villages, keyed by the 12-digit statistical division code.
create table region (
    code                          char(12)    primary key,
    name                          text        not null,
    level                         text        not null check (level in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code                   char(12)    references region (code),
    village_type                  text        check (village_type in ('WEAK', 'POOR', 'COMPLEX', 'INDUSTRY', 'SPECIALISED')),
    committee_seats               int         check (committee_seats between 1 and 15),
    secretary_director_one_person boolean,
    active                        boolean     not null default true,
    version                       bigint      not null default 0,
    created_at                    timestamptz not null,
    updated_at                    timestamptz not null,
    check ((level = 'VILLAGE') = (village_type is not null and committee_seats is not null and secretary_director_one_person is not null))
);
create index region_parent on region (parent_code, code);
create index region_name on region (name);
