-- Every change to an incident row is announced on channel incident_rows when its transaction
-- commits (the payload is the incident's id; '*' after a truncate), so each replica's in-memory
-- incident list updates that row instead of asking the database for every page.
create function announce_incident_row() returns trigger language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        perform pg_notify('incident_rows', '*');
    elsif tg_op = 'DELETE' then
        perform pg_notify('incident_rows', old.id::text);
    else
        perform pg_notify('incident_rows', new.id::text);
    end if;
    return null;
end;
$$;

create trigger incident_row_announce
    after insert or update or delete on incident
    for each row execute function announce_incident_row();

create trigger incident_truncate_announce
    after truncate on incident
    for each statement execute function announce_incident_row();

-- Lists by occurrence time and by category, when the database answers them.
create index incident_occurred_at on incident (occurred_at desc, id desc);
create index incident_category_reported_at on incident (category, reported_at desc, id desc);
