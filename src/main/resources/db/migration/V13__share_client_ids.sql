-- The id a therapist's addresses name a client by: one per share, random, so an address
-- carries no email (which may hold "/" or "?", and would land in browser history and
-- proxy logs) and means nothing outside that therapist's link with that client. Shares
-- made before this column get theirs here; gen_random_uuid() is built into PostgreSQL and
-- into H2's PostgreSQL mode.
ALTER TABLE handoff_share ADD COLUMN client_id UUID;

UPDATE handoff_share SET client_id = gen_random_uuid();

ALTER TABLE handoff_share ALTER COLUMN client_id SET NOT NULL;

ALTER TABLE handoff_share ADD CONSTRAINT handoff_share_client_id_uk UNIQUE (client_id);
