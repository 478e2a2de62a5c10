-- A repeat of an open alert rewrites its count and last-seen in place (a HOT update): no index
-- may cover what a repeat changes, and pages keep room for the new row version.
drop index alert_recent;
create index alert_open_newest on alert (id desc) where status = 'OPEN';
alter table alert set (fillfactor = 80);
