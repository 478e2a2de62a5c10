-- The language a channel's messages are written in, and a person's own SMS and e-mail.
alter table notification_channel
  add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'));
alter table notification_preference
  add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'));
