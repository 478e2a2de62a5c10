-- Ordered rules per integration: the first whose matcher fits an alert decides what it does.
create table alert_rule (
    id             bigint generated always as identity primary key,
    integration_id bigint       not null references integration (id),
    position       integer      not null,
    name           varchar(100) not null,
    match_field    varchar(10)  not null check (match_field in ('LABEL', 'SEVERITY', 'SOURCE', 'SUMMARY')),
    match_label    varchar(100),
    match_pattern  varchar(200) not null,
    action         varchar(20)  not null check (action in ('OPEN_INCIDENT', 'ATTACH', 'RECORD')),
    category       varchar(40),
    title_template varchar(200),
    window_minutes integer      not null default 60 check (window_minutes > 0)
);
create index alert_rule_order on alert_rule (integration_id, position);

-- Silences and maintenance windows: matching alerts are kept, marked, and open nothing.
create table silence (
    id             bigint generated always as identity primary key,
    integration_id bigint       references integration (id),
    match_field    varchar(10)  not null check (match_field in ('LABEL', 'SEVERITY', 'SOURCE', 'SUMMARY')),
    match_label    varchar(100),
    match_pattern  varchar(200) not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    reason         varchar(500) not null,
    created_by     varchar(255) not null,
    created_at     timestamptz  not null,
    check (ends_at > starts_at)
);

alter table alert
    add column suppressed_by bigint references silence (id),
    add column routed_by     varchar(100);

-- Heartbeats: a system that stops pinging raises an alert.
alter table integration
    add column heartbeat_interval_seconds integer check (heartbeat_interval_seconds > 0),
    add column heartbeat_grace_seconds    integer check (heartbeat_grace_seconds >= 0),
    add column last_ping_at               timestamptz;
