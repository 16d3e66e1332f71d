-- V2, not V1: the shared region projection (db/projection/region) owns V1 and V1_x in this service.
-- Training's copy of recruitment's candidates (recruitment.candidate.v1), newest version wins: who is a reserve in
-- the pool, where, on which track, and whether they have left. Written only by consumers.CandidateEvents.
create table reserve_projection (
    candidate_id   uuid        primary key,
    name           text        not null,
    county_code    char(12)    not null,
    township_code  char(12)    not null,
    village_code   char(12)    not null,
    status         text        not null,
    track          text        not null,
    in_pool        boolean     not null,
    exited         boolean     not null,
    exit_reason    text,
    version        bigint      not null,
    updated_at     timestamptz not null
);
create index reserve_projection_village on reserve_projection (village_code, candidate_id);
