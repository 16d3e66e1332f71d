-- Campaigns are audited like candidates: every transition with who, in which role, why and when.
create table campaign_history (
    id           bigserial   primary key,
    campaign_id  uuid        not null references campaign (id),
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    actor        text        not null,
    actor_role   text        not null,
    reason       text,
    details      jsonb,
    at           timestamptz not null
);
create index campaign_history_campaign on campaign_history (campaign_id, id);
