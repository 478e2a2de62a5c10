-- Knowledge base: runbooks (technical) and fallback procedures (business), each edit a new version.
create table article (
    id                  bigserial   primary key,
    version             bigint      not null default 1,
    kind                text        not null check (kind in ('RUNBOOK', 'FALLBACK')),
    title               text        not null check (length(title) between 1 and 200),
    summary             text        not null default '',
    risk_sub_types      text[]      not null default '{}',
    incident_categories text[]      not null default '{}',
    steps               jsonb       not null default '[]',
    search_text         text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    updated_by          text        not null
);
create index article_categories on article using gin (incident_categories);

create table article_version (
    article_id          bigint      not null references article (id),
    version             bigint      not null,
    kind                text        not null,
    title               text        not null,
    summary             text        not null,
    risk_sub_types      text[]      not null,
    incident_categories text[]      not null,
    steps               jsonb       not null,
    edited_at           timestamptz not null,
    edited_by           text        not null,
    primary key (article_id, version)
);
