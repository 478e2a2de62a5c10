-- A task past its due time is announced once (to its owner group and to the groups the rule names,
-- by default the command center).
insert into notification_rule (event, position, ungraded, general, serious, major, updated_at)
    values ('task-overdue', 9, array['COMMAND'], array['COMMAND'], array['COMMAND'],
            array['COMMAND'], now());
create index incident_task_open_due on incident_task (due_at) where status <> 'DONE';
