-- Wakes the outbox relay as soon as an outbox insert commits (NOTIFY is delivered at commit, and only then), instead
-- of waiting for its next poll; the relay's poll stays as the fallback. One notification per statement: PostgreSQL
-- folds identical notifications of one transaction into one.
create or replace function reservoir_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('reservoir_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event for each statement execute function reservoir_outbox_notify();
