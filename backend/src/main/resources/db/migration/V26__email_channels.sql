-- E-mail channels: a group mailbox (or several addresses) that receives the notices as mail.
alter table notification_channel drop constraint notification_channel_kind_check;
alter table notification_channel add constraint notification_channel_kind_check
    check (kind in ('WECOM', 'DINGTALK', 'FEISHU', 'WEBHOOK', 'EMAIL'));
