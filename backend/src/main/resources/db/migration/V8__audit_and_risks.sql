-- Audit: who changed what, when, from what to what. Rows are added, never changed or removed.
create table audit_entry (
    id            bigserial   primary key,
    at            timestamptz not null,
    actor_subject text        not null,
    actor_name    text        not null,
    action        text        not null,
    entity_type   text        not null,
    entity_id     text        not null,
    before        jsonb,
    after         jsonb
);
create index audit_entry_entity on audit_entry (entity_type, entity_id, id);
create index audit_entry_at on audit_entry (at desc, id desc);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_audit_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_audit_change();

-- Risk bands: score ranges (likelihood x impact, 1..25) and their names; editable by admin.
create table risk_band (
    code      text     primary key,
    min_score smallint not null check (min_score between 1 and 25),
    max_score smallint not null check (max_score between 1 and 25),
    check (min_score <= max_score)
);
insert into risk_band (code, min_score, max_score) values
    ('LOW', 1, 4), ('MEDIUM', 5, 9), ('HIGH', 10, 16), ('CRITICAL', 17, 25);

create table risk (
    id             bigserial   primary key,
    version        bigint      not null default 0,
    title          text        not null check (length(title) between 1 and 200),
    description    text        not null default '',
    category       text        not null check (category in ('TECHNICAL', 'BUSINESS', 'EXTERNAL')),
    sub_type       text        not null,
    custom_sub_type text,
    likelihood     smallint    not null check (likelihood between 1 and 5),
    impact         smallint    not null check (impact between 1 and 5),
    score          smallint    generated always as (likelihood * impact) stored,
    owner_name     text        not null default '',
    mitigations    text[]      not null default '{}',
    status         text        not null check (status in ('OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED')),
    next_review_on date        not null,
    review_overdue boolean     not null default false,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index risk_matrix on risk (likelihood, impact) where status <> 'CLOSED';

-- Every change of likelihood or impact, for the risk's history.
create table risk_score_change (
    id          bigserial   primary key,
    risk_id     bigint      not null references risk (id),
    at          timestamptz not null,
    likelihood  smallint    not null,
    impact      smallint    not null,
    score       smallint    not null,
    changed_by  text        not null
);
create index risk_score_change_risk on risk_score_change (risk_id, id);

-- What a risk is linked to: incidents it materialised in, drills that exercised it, runbooks and
-- safeguards that mitigate it.
create table risk_link (
    risk_id   bigint not null references risk (id),
    kind      text   not null check (kind in ('INCIDENT', 'DRILL', 'RUNBOOK', 'SAFEGUARD')),
    target_id bigint not null check (target_id > 0),
    note      text   not null default '',
    primary key (risk_id, kind, target_id)
);

-- Alert details were written as JSON strings holding the object; store the objects themselves.
update alert set details = (details #>> '{}')::jsonb where jsonb_typeof(details) = 'string';
