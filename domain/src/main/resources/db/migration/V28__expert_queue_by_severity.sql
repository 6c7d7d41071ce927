-- The experts' queue filtered by severity, in due order (GET /expert/incidents?severity=): the tenant's
-- severity index gave no order, so without table statistics (a fresh database, no autovacuum) the
-- database fetched every incident of that severity and sorted them (1,173 ms for 250,000 HIGH of
-- 1,000,000); in this order it reads one page's worth (2 ms).
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE INDEX ix_incident_severity_due ON incident (severity, sla_due_at, id);
