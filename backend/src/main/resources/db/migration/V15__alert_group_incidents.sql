-- The incident each alert group last opened or joined: routing finds a group's incident by key
-- instead of searching the group's alerts, which in a storm are hundreds of thousands.
create table alert_group_incident (
    integration_id bigint       not null references integration (id),
    group_key      varchar(500) not null,
    incident_id    bigint       not null references incident (id),
    primary key (integration_id, group_key)
);
insert into alert_group_incident (integration_id, group_key, incident_id)
select distinct on (integration_id, group_key) integration_id, group_key, incident_id
from alert where incident_id is not null
order by integration_id, group_key, id desc;
