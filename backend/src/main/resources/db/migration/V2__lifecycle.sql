-- Incident lifecycle: grading, response activation, tasks, verification, review, notifications.

alter table incident
    add column category          varchar(40) not null default 'OTHER',
    add column grade             varchar(10),
    add column proposed_grade    varchar(10),
    add column acknowledged_at   timestamptz,
    add column activated_at      timestamptz,
    add column mitigated_at      timestamptz,
    add column resolved_at       timestamptz,
    add column reviewed_at       timestamptz,
    add column cancelled_at      timestamptz,
    add column cancel_reason     text,
    add constraint incident_grade_known check (grade in ('GENERAL', 'SERIOUS', 'MAJOR'));

create index incident_grade on incident (grade, reported_at desc);

-- Structured assessment; the latest row per incident is the current one.
create table incident_assessment (
    id                        bigint generated always as identity primary key,
    incident_id               bigint       not null references incident (id),
    affected_modules          text[]       not null default '{}',
    business_lines            text[]       not null default '{}',
    core_flows_down           text[]       not null default '{}',
    orders_affected_per_hour  integer      not null default 0 check (orders_affected_per_hour >= 0),
    expected_recovery_minutes integer      not null default 0 check (expected_recovery_minutes >= 0),
    estimated_loss            numeric(14, 2) not null default 0 check (estimated_loss >= 0),
    proposed_grade            varchar(10)  not null,
    reasons                   text[]       not null default '{}',
    assessed_by_subject       varchar(255) not null,
    assessed_by_name          varchar(255) not null,
    assessed_at               timestamptz  not null
);
create index incident_assessment_incident on incident_assessment (incident_id, id desc);

-- Grading rules: an assessment meeting any rule of a grade proposes at least that grade.
create table grading_rule (
    id          bigint generated always as identity primary key,
    grade       varchar(10)    not null check (grade in ('SERIOUS', 'MAJOR')),
    measure     varchar(40)    not null check (measure in
        ('CORE_FLOWS_DOWN', 'AFFECTED_MODULES', 'ORDERS_PER_HOUR', 'RECOVERY_MINUTES', 'ESTIMATED_LOSS')),
    threshold   numeric(14, 2) not null check (threshold >= 0),
    description text           not null,
    position    integer        not null
);

insert into grading_rule (grade, measure, threshold, description, position) values
    ('MAJOR',   'CORE_FLOWS_DOWN',   3,      'three or more core flows are down', 10),
    ('MAJOR',   'ORDERS_PER_HOUR',   1000,   '1,000 or more orders affected per hour', 20),
    ('MAJOR',   'ESTIMATED_LOSS',    500000, 'estimated loss of CNY 500,000 or more', 30),
    ('SERIOUS', 'CORE_FLOWS_DOWN',   1,      'a core flow is down', 40),
    ('SERIOUS', 'AFFECTED_MODULES',  2,      'two or more modules are affected', 50),
    ('SERIOUS', 'ORDERS_PER_HOUR',   100,    '100 or more orders affected per hour', 60),
    ('SERIOUS', 'RECOVERY_MINUTES',  120,    'recovery expected to take two hours or more', 70),
    ('SERIOUS', 'ESTIMATED_LOSS',    50000,  'estimated loss of CNY 50,000 or more', 80);

-- What each grade sets in motion (product.md, response matrix); editable by admin.
create table response_matrix (
    grade              varchar(10) primary key check (grade in ('GENERAL', 'SERIOUS', 'MAJOR')),
    mobilized_groups   text[]      not null,
    ack_minutes        integer     not null check (ack_minutes > 0),
    update_minutes     integer     not null check (update_minutes > 0),
    external_statement varchar(30) not null check (external_statement in ('NO', 'IF_CUSTOMERS_AFFECTED', 'YES')),
    version            bigint      not null default 0
);

insert into response_matrix values
    ('GENERAL', '{TECHNICAL,COMMAND}', 15, 120, 'NO', 0),
    ('SERIOUS', '{TECHNICAL,BUSINESS,COMMAND}', 10, 60, 'IF_CUSTOMERS_AFFECTED', 0),
    ('MAJOR',   '{TECHNICAL,BUSINESS,COMMAND,COMMUNICATIONS}', 5, 30, 'YES', 0);

create table incident_role_assignment (
    incident_id    bigint       not null references incident (id),
    role           varchar(20)  not null check (role in ('COMMANDER', 'TECH_LEAD', 'BUSINESS_LEAD', 'COMMS_LEAD', 'SCRIBE')),
    person_subject varchar(255) not null,
    person_name    varchar(255) not null,
    assigned_at    timestamptz  not null,
    primary key (incident_id, role)
);

-- Task templates by incident category (the knowledge base will supply these later).
create table task_template (
    id          bigint generated always as identity primary key,
    category    varchar(40)  not null,
    kind        varchar(20)  not null check (kind in ('TECHNICAL', 'FALLBACK')),
    action      varchar(30)  not null,
    title       varchar(200) not null,
    owner_group varchar(20)  not null,
    critical    boolean      not null default false,
    due_minutes integer      not null check (due_minutes > 0),
    position    integer      not null
);

create table incident_task (
    id            bigint generated always as identity primary key,
    incident_id   bigint       not null references incident (id),
    title         varchar(200) not null,
    kind          varchar(20)  not null check (kind in ('TECHNICAL', 'FALLBACK')),
    action        varchar(30)  not null check (action in
        ('ROLLBACK', 'DATA_RESTORE', 'NETWORK_CHANGE', 'MANUAL_ORDERS', 'PAPER_INVENTORY', 'PHONE_DISPATCH', 'OTHER')),
    owner_group   varchar(20)  not null,
    owner_subject varchar(255),
    owner_name    varchar(255),
    critical      boolean      not null default false,
    status        varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    due_at        timestamptz  not null,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    completed_at  timestamptz,
    version       bigint       not null default 0
);
create index incident_task_incident on incident_task (incident_id, id);

create table verification_item (
    id            bigint generated always as identity primary key,
    incident_id   bigint       not null references incident (id),
    area          varchar(20)  not null check (area in ('ORDERS', 'INVENTORY', 'LOGISTICS', 'PAYMENTS', 'DATA_ACCURACY', 'CUSTOM')),
    label         varchar(200) not null,
    owner_group   varchar(20)  not null,
    status        varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'PASSED', 'FAILED')),
    note          text,
    signed_subject varchar(255),
    signed_name   varchar(255),
    signed_at     timestamptz
);
create index verification_item_incident on verification_item (incident_id, id);

create table postmortem (
    incident_id       bigint primary key references incident (id),
    cause_category    varchar(40)  not null,
    cause_description text         not null,
    went_well         text         not null,
    went_badly        text         not null,
    lessons           text         not null,
    written_subject   varchar(255) not null,
    written_name      varchar(255) not null,
    written_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table improvement_action (
    id           bigint generated always as identity primary key,
    incident_id  bigint       not null references incident (id),
    title        varchar(200) not null,
    owner_name   varchar(255) not null,
    due_date     date         not null,
    status       varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    created_at   timestamptz  not null
);

-- Notifications waiting for delivery; event_key makes writing one idempotent.
create table notification_outbox (
    id           bigint generated always as identity primary key,
    event_key    varchar(200) not null unique,
    incident_id  bigint       not null references incident (id),
    target_group varchar(20)  not null,
    kind         varchar(40)  not null,
    payload      text         not null,
    created_at   timestamptz  not null,
    delivered_at timestamptz
);
create index notification_outbox_pending on notification_outbox (id) where delivered_at is null;
