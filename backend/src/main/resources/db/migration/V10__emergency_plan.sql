-- The emergency plan as versioned documents: draft -> in review -> approved -> published.
create table plan_version (
    id                   bigserial   primary key,
    number               integer     not null unique,
    version              bigint      not null default 0,
    status               text        not null
        check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    title                text        not null check (length(title) between 1 and 200),
    change_summary       text        not null default '',
    sections             jsonb       not null,
    review_interval_days integer     not null check (review_interval_days between 30 and 1095),
    review_due           boolean     not null default false,
    author_subject       text        not null,
    author_name          text        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    submitted_at         timestamptz,
    approved_by_subject  text,
    approved_by_name     text,
    approved_at          timestamptz,
    published_at         timestamptz
);
-- One published version at a time.
create unique index plan_version_one_published on plan_version ((true)) where status = 'PUBLISHED';
