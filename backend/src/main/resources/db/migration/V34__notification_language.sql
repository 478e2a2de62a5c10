-- The language a channel's messages are written in, and a person's own e-mail (an SMS follows its
-- account's approved template, so its channel's language).
alter table notification_channel
  add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'));
alter table notification_preference
  add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'));
