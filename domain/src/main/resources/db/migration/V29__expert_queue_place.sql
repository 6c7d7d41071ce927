-- The experts' queue pages by (what is due next, id), nothing due last. With the due time nullable a
-- page after a cursor had to say "later, or nothing due", which no index range serves: the database
-- read every row before the cursor (page 100 of a 1,000-tenant queue filtered out 4,950 rows). The
-- place in the queue is kept beside the due time, never null, nothing due as the last day there is.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE incident ADD COLUMN queue_at TIMESTAMP WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00' NOT NULL;
UPDATE incident SET queue_at = sla_due_at WHERE sla_due_at IS NOT NULL;
CREATE INDEX ix_incident_queue_at ON incident (queue_at, id);
DROP INDEX ix_incident_due;
