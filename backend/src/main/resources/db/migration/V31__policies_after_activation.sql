-- The response matrix points each grade to an escalation policy for what follows activation: a
-- policy names the grades whose activation (or re-grading) starts it; one policy per grade.
alter table escalation_policy add column after_activation text[] not null default '{}'
    check (after_activation <@ array['GENERAL', 'SERIOUS', 'MAJOR']::text[]);
