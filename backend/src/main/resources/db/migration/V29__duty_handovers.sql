-- Shift hand-over notices: the incoming on-duty person of a group is told what is open. A notice
-- about no one incident (a hand-over) has no incident.
alter table notification_outbox alter column incident_id drop not null;

-- Who was last seen on duty per group, so each change is announced once across replicas.
create table duty_handover (
    group_code text         primary key references response_group (code),
    subject    varchar(255),
    changed_at timestamptz  not null
);
