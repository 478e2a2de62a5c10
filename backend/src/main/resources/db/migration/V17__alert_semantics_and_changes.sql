-- A sender's acknowledgement marks the alert (it stays open: a repeat still counts on it). It and a
-- sender's resolve are queued so that routing notes them on the incident's timeline once the alert
-- has one.
alter table alert add column acknowledged_at timestamptz;
create table alert_sender_note (
    alert_id bigint      not null references alert (id),
    action   varchar(12) not null check (action in ('ACKNOWLEDGED', 'RESOLVED')),
    at       timestamptz not null,
    primary key (alert_id, action)
);

-- An alert group that routing could not turn into an incident is retried on the next runs (a lost
-- connection, a deadlock) and set aside with its error once it failed 3 times or can never work
-- (bad data), so the rest of the queue goes on; an admin sees it and retries it.
alter table alert_routing_queue add column failed_at timestamptz, add column error text,
    add column attempts integer not null default 0;
create index alert_routing_queue_waiting on alert_routing_queue (alert_id) where failed_at is null;

-- Change events (PagerDuty's /v2/change/enqueue): deploys and configuration changes, shown on the
-- war room of an incident of the same service as its recent changes.
create table change_event (
    id             bigint generated always as identity primary key,
    integration_id bigint        not null references integration (id),
    summary        varchar(1024) not null,
    source         varchar(255),
    happened_at    timestamptz   not null,
    received_at    timestamptz   not null,
    details        jsonb         not null default '{}'
);
create index change_event_source_time on change_event (lower(source), happened_at desc);
create index change_event_time on change_event (happened_at desc);

-- Ending an incident resolves its open alerts: find them by incident.
create index alert_route_incident on alert_route (incident_id) where incident_id is not null;

-- A rule may also say which business line an incident it opens hits and which grade it proposes;
-- without them, the alert's labels (business_line or team, grade or severity) decide.
alter table alert_rule
    add column business_line  varchar(20) check (business_line in ('PROCUREMENT', 'WAREHOUSE', 'LOGISTICS', 'SALES')),
    add column proposed_grade varchar(10) check (proposed_grade in ('GENERAL', 'SERIOUS', 'MAJOR'));
