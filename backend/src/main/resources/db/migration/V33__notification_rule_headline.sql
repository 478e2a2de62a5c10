-- An admin's own first line for an event's chat messages and e-mail subjects ({{variables}}).
alter table notification_rule
  add column headline text check (char_length(headline) between 1 and 200);
