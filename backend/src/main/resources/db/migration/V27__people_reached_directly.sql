-- Reaching a person, not only their group's chat: SMS through a provider account (a channel of
-- kind SMS) and e-mail through the platform's mail server, per page and per person's settings.
alter table notification_channel drop constraint notification_channel_kind_check;
alter table notification_channel add constraint notification_channel_kind_check
    check (kind in ('WECOM', 'DINGTALK', 'FEISHU', 'WEBHOOK', 'EMAIL', 'SMS'));
-- An SMS account beside its endpoint and AccessKey secret: the AccessKey ID, the approved sign
-- name (签名) and the template (模板) each message fills in.
alter table notification_channel add column access_key_id varchar(100);
alter table notification_channel add column sign_name varchar(100);
alter table notification_channel add column template_code varchar(100);
alter table notification_channel add constraint notification_channel_sms_account check (
    kind <> 'SMS' or (access_key_id is not null and sign_name is not null
        and template_code is not null and secret_cipher is not null and group_code is null));

-- A delivery goes to a group's channel (channel_id, no recipient) or to one person by a medium
-- (recipient_subject and medium; channel_id is the SMS account, null for e-mail).
alter table notification_delivery alter column channel_id drop not null;
alter table notification_delivery add column recipient_subject varchar(255) references person (subject);
alter table notification_delivery add column recipient_name varchar(255);
alter table notification_delivery add column medium varchar(10) check (medium in ('SMS', 'EMAIL'));
alter table notification_delivery add constraint notification_delivery_target check (
    (recipient_subject is null and medium is null and channel_id is not null)
    or (recipient_subject is not null and medium is not null));
alter table notification_delivery drop constraint notification_delivery_notification_id_channel_id_key;
create unique index notification_delivery_to_channel
    on notification_delivery (notification_id, channel_id) where recipient_subject is null;
create unique index notification_delivery_to_person
    on notification_delivery (notification_id, recipient_subject, medium)
    where recipient_subject is not null;

-- A step may also reach the paged person directly.
alter table escalation_step add column notify_by text[] not null default '{}'
    check (notify_by <@ array['SMS', 'EMAIL']::text[]);

-- Each person's own choice of what else reaches them when paged, by grade (UNGRADED: not graded
-- yet). MAJOR pages always come by SMS as well (the plan's rule), whatever is chosen here.
create table notification_preference (
    subject      varchar(255) primary key references person (subject),
    sms_grades   text[]      not null
        check (sms_grades <@ array['UNGRADED', 'GENERAL', 'SERIOUS', 'MAJOR']::text[]),
    email_grades text[]      not null
        check (email_grades <@ array['UNGRADED', 'GENERAL', 'SERIOUS', 'MAJOR']::text[]),
    version      bigint      not null default 0,
    updated_at   timestamptz not null
);
