-- Short incident ids (INC-1042): a number per tenant, assigned at intake in order and never
-- changed; existing incidents are numbered in the order they arrived. The unique index also
-- finds an incident by its number and serves the next number (the highest plus one).
-- Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE incident ADD COLUMN incident_number BIGINT;
MERGE INTO incident AS i
USING (SELECT id, ROW_NUMBER() OVER (PARTITION BY tenant_id ORDER BY created_at, id) AS n FROM incident) AS r
ON i.id = r.id
WHEN MATCHED THEN UPDATE SET incident_number = r.n;
ALTER TABLE incident ALTER COLUMN incident_number SET NOT NULL;
CREATE UNIQUE INDEX ux_incident_number ON incident (tenant_id, incident_number);

-- The queue sorted by severity (most severe first, then newest) pages by cursor like the queue by
-- age: a rank kept beside the severity (0 high ... 3 informational) and an index in that order.
ALTER TABLE incident ADD COLUMN severity_rank SMALLINT DEFAULT 0 NOT NULL;
UPDATE incident SET severity_rank = CASE severity WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END;
CREATE INDEX ix_incident_by_severity ON incident (tenant_id, severity_rank, created_at DESC, id);

-- The time zone each person sees the console's times in, chosen in the profile; none: the browser's.
ALTER TABLE app_user ADD COLUMN time_zone VARCHAR(64);

-- Why the experts take or recommend an action, in their words: what the customer's card shows.
ALTER TABLE response_action ADD COLUMN rationale VARCHAR(1000);
