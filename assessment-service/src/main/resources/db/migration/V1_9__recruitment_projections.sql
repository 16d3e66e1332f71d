-- V1_9, not V1: the shared region projection (db/projection/region) holds V1 and V1_1 in this service.
-- Assessment's read-only copies of recruitment's campaigns and candidates (recruitment.campaign.v1,
-- recruitment.candidate.v1), newest version wins (VersionedProjection). Evaluation plans hang on the campaign;
-- evaluations, appraisals and jurisdiction checks on the candidate's region codes and status.
create table campaign_projection (
    campaign_id  uuid        primary key,
    county_code  char(12)    not null,
    scope_code   char(12),
    name         text        not null,
    status       text        not null,
    version      bigint      not null,
    updated_at   timestamptz not null
);

create table candidate_projection (
    candidate_id  uuid        primary key,
    campaign_id   uuid        not null,
    name          text        not null,
    county_code   char(12)    not null,
    township_code char(12)    not null,
    village_code  char(12)    not null,
    status        text        not null,
    track         text        not null,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index candidate_projection_campaign on candidate_projection (campaign_id, status);
create index candidate_projection_region on candidate_projection (county_code, township_code, status);
