-- Safeguards readiness: protected systems, their backup policy, and verified restores.
create table protected_system (
    id                     bigserial   primary key,
    version                bigint      not null default 0,
    name                   text        not null unique check (length(name) between 1 and 100),
    description            text        not null default '',
    backup_every_hours     integer     not null check (backup_every_hours between 1 and 720),
    retention_days         integer     not null check (retention_days between 1 and 3650),
    offsite_copy           boolean     not null,
    redundancy             text        not null default '',
    restore_check_days     integer     not null check (restore_check_days between 1 and 365),
    last_restore_on        date,
    last_restore_passed    boolean,
    restore_overdue        boolean     not null default false,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);

-- Every restore test: when, whether the restored data matched, and who recorded it.
create table restore_check (
    id          bigserial   primary key,
    system_id   bigint      not null references protected_system (id),
    checked_on  date        not null,
    passed      boolean     not null,
    note        text        not null default '',
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index restore_check_system on restore_check (system_id, checked_on desc, id desc);
