-- Entries the platform writes name a text (a key of texts.properties) and its arguments, so each
-- reader sees them in their own language; message keeps the Chinese for older readers and search.
alter table incident_timeline add column message_key text, add column message_args text[];
