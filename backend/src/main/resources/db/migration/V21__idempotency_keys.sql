-- Idempotency keys of creating operations (IETF httpapi Idempotency-Key): per caller, with the
-- request's fingerprint and the first answer, kept a day.
create table idempotency_key (
    caller      varchar(255) not null,
    key         varchar(255) not null,
    operation   text         not null,
    fingerprint text         not null,
    response    jsonb,
    created_at  timestamptz  not null,
    primary key (caller, key)
);
create index idempotency_key_age on idempotency_key (created_at);
