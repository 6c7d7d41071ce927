-- Each incident's service-level outcomes, acknowledge, classify and resolve in that order: 'Y' met,
-- 'N' missed (done late, or its breach told), '-' not decided yet; null in facts written before.
-- The tenant's report counts its service-level compliance from it. Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE rpt_incident ADD COLUMN sla_met VARCHAR(3);
