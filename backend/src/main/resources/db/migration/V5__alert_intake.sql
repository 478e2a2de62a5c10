-- Detection: integrations with hashed keys, deduplicated alerts, and the queue of alerts that
-- still have to reach an incident (processed after the intake answered).
create table integration (
    id               bigint generated always as identity primary key,
    name             varchar(100) not null,
    type             varchar(20)  not null check (type in ('ALERTMANAGER', 'GRAFANA', 'EVENTS', 'HEARTBEAT')),
    key_hash         char(64)     not null unique,
    key_hint         varchar(12)  not null,
    created_at       timestamptz  not null,
    key_rotated_at   timestamptz  not null,
    last_received_at timestamptz,
    version          bigint       not null default 0
);

create table alert (
    id              bigint generated always as identity primary key,
    integration_id  bigint        not null references integration (id),
    dedup_key       varchar(255)  not null,
    group_key       varchar(500)  not null,
    status          varchar(10)   not null check (status in ('OPEN', 'RESOLVED')),
    severity        varchar(10)   not null check (severity in ('CRITICAL', 'ERROR', 'WARNING', 'INFO')),
    summary         varchar(1024) not null,
    source          varchar(255)  not null,
    details         jsonb         not null default '{}',
    count           integer       not null default 1,
    first_seen_at   timestamptz   not null,
    last_seen_at    timestamptz   not null,
    resolved_at     timestamptz,
    incident_id     bigint        references incident (id)
);
create unique index alert_one_open on alert (integration_id, dedup_key) where status = 'OPEN';
create index alert_recent on alert (last_seen_at desc);
create index alert_group on alert (integration_id, group_key, status);

-- Newly opened alerts waiting to be turned into (or attached to) an incident.
create table alert_routing_queue (
    alert_id  bigint primary key references alert (id),
    queued_at timestamptz not null
);
