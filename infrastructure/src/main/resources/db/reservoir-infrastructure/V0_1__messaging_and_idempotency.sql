-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka later.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Idempotent consumer: an event id is recorded in the same transaction as the handler's effects.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    topic        text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key on creating POSTs: the first response is kept and replayed for the same key.
create table idempotency_record (
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          int         not null,
    location        text,
    response_body   text        not null,
    created_at      timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
