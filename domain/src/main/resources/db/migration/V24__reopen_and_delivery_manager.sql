-- A resolved incident can be reopened with a reason: the last reopening is kept on the incident,
-- and the time it stood resolved, which its resolve clock does not count.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE incident ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN reopened_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN reopen_reason VARCHAR(1000);
ALTER TABLE incident ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE incident ADD COLUMN stood_resolved_ms BIGINT DEFAULT 0 NOT NULL;
