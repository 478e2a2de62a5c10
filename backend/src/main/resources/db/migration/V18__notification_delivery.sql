-- Reaching people: channels where the groups already chat (robots, webhooks) and the delivery of
-- every outbox notification to each of them, with attempts, retries and dead letters.

create table notification_channel (
    id              bigint generated always as identity primary key,
    name            varchar(100) not null,
    kind            varchar(20)  not null check (kind in ('WECOM', 'DINGTALK', 'FEISHU', 'WEBHOOK')),
    -- The response group whose chat this is; null: every group's notifications.
    group_code      text         references response_group (code),
    -- AES-GCM ciphertexts (SecretBox); the URL carries the robot's access token.
    endpoint_cipher text         not null,
    endpoint_hint   varchar(200) not null,
    secret_cipher   text,
    enabled         boolean      not null default true,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create table notification_delivery (
    id              bigint generated always as identity primary key,
    notification_id bigint       not null references notification_outbox (id),
    channel_id      bigint       not null references notification_channel (id),
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    claimed_until   timestamptz,
    last_http_status int,
    last_answer     varchar(500),
    last_latency_ms int,
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    unique (notification_id, channel_id)
);
create index notification_delivery_due on notification_delivery (next_attempt_at) where status = 'PENDING';
create index notification_delivery_recent on notification_delivery (id desc, status);

create table notification_attempt (
    id           bigint generated always as identity primary key,
    delivery_id  bigint       not null references notification_delivery (id),
    -- The message the try posted: several deliveries merged into one message share it, so a
    -- channel's rate limit counts messages, not deliveries.
    message_key  varchar(64)  not null,
    attempted_at timestamptz  not null,
    http_status  int,
    answer       varchar(500),
    latency_ms   int          not null,
    ok           boolean      not null
);
create index notification_attempt_delivery on notification_attempt (delivery_id, id);
create index notification_attempt_recent on notification_attempt (attempted_at, message_key) where ok;

-- New deliveries are announced when their transaction commits, so a replica's worker sends them
-- at once instead of at its next poll (LISTEN/NOTIFY; one notification per statement).
create function announce_delivery() returns trigger language plpgsql as $$
begin
    perform pg_notify('notification_delivery', '');
    return null;
end;
$$;

create trigger notification_delivery_announce
    after insert on notification_delivery
    for each statement execute function announce_delivery();
