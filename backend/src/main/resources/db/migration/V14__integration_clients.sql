-- An events integration may name the OIDC client (the token's azp) allowed to send to it with a
-- client-credentials token instead of its routing key. One integration per client.
alter table integration add column client_id varchar(255);
alter table integration add constraint integration_client_events
    check (client_id is null or type = 'EVENTS');
create unique index integration_client on integration (client_id) where client_id is not null;
