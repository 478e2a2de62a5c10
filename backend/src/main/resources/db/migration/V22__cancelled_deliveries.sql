-- A page's messages still waiting to go out when someone acknowledges are cancelled, not sent.
alter table notification_delivery drop constraint notification_delivery_status_check;
alter table notification_delivery add constraint notification_delivery_status_check
    check (status in ('PENDING', 'SENT', 'DEAD', 'CANCELLED'));
