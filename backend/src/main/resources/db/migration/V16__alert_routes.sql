-- What routing decided for each alert lives beside the alert, not in its row: routing a storm then
-- never locks the rows whose repeats intake is counting at the same moment.
create table alert_route (
    alert_id      bigint primary key references alert (id),
    incident_id   bigint references incident (id),
    routed_by     varchar(100),
    suppressed_by bigint references silence (id),
    routed_at     timestamptz not null
);
insert into alert_route (alert_id, incident_id, routed_by, suppressed_by, routed_at)
select id, incident_id, routed_by, suppressed_by, last_seen_at
from alert
where incident_id is not null or routed_by is not null or suppressed_by is not null;
alter table alert drop column incident_id, drop column routed_by, drop column suppressed_by;
