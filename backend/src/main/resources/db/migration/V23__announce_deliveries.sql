-- New deliveries are announced when their transaction commits, so a replica's worker sends them
-- at once instead of at its next poll (LISTEN/NOTIFY; one notification per statement).
-- Written to be repeatable: some databases got this from an earlier edit of V18.
create or replace function announce_delivery() returns trigger language plpgsql as $$
begin
    perform pg_notify('notification_delivery', '');
    return null;
end;
$$;

drop trigger if exists notification_delivery_announce on notification_delivery;
create trigger notification_delivery_announce
    after insert on notification_delivery
    for each statement execute function announce_delivery();
