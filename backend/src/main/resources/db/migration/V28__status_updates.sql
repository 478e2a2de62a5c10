-- Structured internal status updates from the war room: what is happening, its impact, what comes
-- next and when the next update is due; each also a timeline entry and a notice to the groups.
create table incident_status_update (
    id             bigint generated always as identity primary key,
    incident_id    bigint        not null references incident (id),
    current_state  varchar(2000) not null,
    impact         varchar(2000) not null,
    next_steps     varchar(2000) not null,
    next_update_at timestamptz   not null,
    author_subject varchar(255)  not null,
    author_name    varchar(255)  not null,
    created_at     timestamptz   not null
);
create index incident_status_update_incident on incident_status_update (incident_id, id desc);
