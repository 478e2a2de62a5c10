-- Audit entries written through Hibernate Reactive kept before/after as JSON strings holding the
-- object; store the objects themselves. The log stays append-only: its guard is lifted for this
-- repair only.
alter table audit_entry disable trigger audit_entry_append_only;
update audit_entry set before = (before #>> '{}')::jsonb where jsonb_typeof(before) = 'string';
update audit_entry set after = (after #>> '{}')::jsonb where jsonb_typeof(after) = 'string';
alter table audit_entry enable trigger audit_entry_append_only;
