-- Escalation: ordered steps that page people until someone acknowledges, and the pages sent.

create table escalation_policy (
    id           bigint generated always as identity primary key,
    name         varchar(100) not null,
    -- How many times the steps run again from the first after the last one's wait.
    repeat_times smallint     not null default 0 check (repeat_times between 0 and 5),
    is_default   boolean      not null default false,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create unique index escalation_policy_one_default on escalation_policy (is_default) where is_default;

create table escalation_step (
    id             bigint generated always as identity primary key,
    policy_id      bigint      not null references escalation_policy (id) on delete cascade,
    position       smallint    not null,
    -- Minutes to wait for an acknowledgement before the next step.
    wait_minutes   integer     not null check (wait_minutes between 1 and 1440),
    target_kind    varchar(20) not null check (target_kind in ('ON_DUTY', 'GROUP', 'PERSON', 'COMMANDER')),
    group_code     text        references response_group (code),
    person_subject varchar(255),
    unique (policy_id, position)
);

insert into escalation_policy (name, repeat_times, is_default, created_at, updated_at)
    values ('默认：技术值班，然后指挥长', 1, true, now(), now());
insert into escalation_step (policy_id, position, wait_minutes, target_kind, group_code)
    select id, 1, 5, 'ON_DUTY', 'TECHNICAL' from escalation_policy where is_default;
insert into escalation_step (policy_id, position, wait_minutes, target_kind, group_code)
    select id, 2, 5, 'COMMANDER', 'COMMAND' from escalation_policy where is_default;

create table escalation (
    id              bigint generated always as identity primary key,
    incident_id     bigint       not null references incident (id),
    policy_id       bigint       not null references escalation_policy (id),
    -- The step to fire next (0-based) and the round it belongs to.
    step_index      smallint     not null,
    round           smallint     not null,
    status          varchar(12)  not null check (status in ('ACTIVE', 'ACKNOWLEDGED', 'EXHAUSTED', 'STOPPED')),
    next_at         timestamptz  not null,
    ended_at        timestamptz,
    ended_by_name   varchar(255),
    created_at      timestamptz  not null
);
create unique index escalation_one_active on escalation (incident_id) where status = 'ACTIVE';
create index escalation_due on escalation (next_at) where status = 'ACTIVE';

create table page (
    id              bigint generated always as identity primary key,
    escalation_id   bigint       not null references escalation (id),
    incident_id     bigint       not null references incident (id),
    step_position   smallint     not null,
    round           smallint     not null,
    person_subject  varchar(255) not null,
    person_name     varchar(255) not null,
    group_code      text         not null,
    -- SHA-256 (hex) of the single-use token in the acknowledge link; the token itself is not kept.
    token_hash      char(64)     not null unique,
    expires_at      timestamptz  not null,
    acknowledged_at timestamptz,
    created_at      timestamptz  not null
);
create index page_escalation on page (escalation_id, id);
