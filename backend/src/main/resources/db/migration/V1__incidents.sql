create table incident (
    id               bigint generated always as identity primary key,
    version          bigint      not null default 0,
    title            varchar(200) not null,
    phenomenon       text        not null,
    occurred_at      timestamptz not null,
    affected_systems text[]      not null default '{}',
    business_lines   text[]      not null default '{}',
    regions          text[]      not null default '{}',
    contact          varchar(200),
    status           varchar(20) not null,
    reporter_subject varchar(255) not null,
    reporter_name    varchar(255) not null,
    reported_at      timestamptz not null,
    updated_at       timestamptz not null,
    constraint incident_status_known check (status in
        ('REPORTED', 'ASSESSING', 'RESPONDING', 'VERIFYING', 'RESOLVED', 'REVIEWED', 'CANCELLED'))
);

create index incident_reported_at on incident (reported_at desc, id desc);
create index incident_status_reported_at on incident (status, reported_at desc, id desc);

create table incident_timeline (
    id            bigint generated always as identity primary key,
    incident_id   bigint       not null references incident (id),
    kind          varchar(40)  not null,
    actor_subject varchar(255) not null,
    actor_name    varchar(255) not null,
    message       text         not null,
    occurred_at   timestamptz  not null
);

create index incident_timeline_incident on incident_timeline (incident_id, occurred_at, id);

-- The timeline is a record of what happened: rows are added, never changed or removed.
create function refuse_timeline_change() returns trigger language plpgsql as $$
begin
    raise exception 'incident_timeline is append-only (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger incident_timeline_append_only
    before update or delete on incident_timeline
    for each row execute function refuse_timeline_change();

create trigger incident_timeline_no_truncate
    before truncate on incident_timeline
    for each statement execute function refuse_timeline_change();
