-- A resolved incident can be reopened with a reason: the last reopening is kept on the incident,
-- and the time it stood resolved, which its resolve clock does not count.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE incident ADD COLUMN reopened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN reopened_by VARCHAR(64);
ALTER TABLE incident ADD COLUMN reopen_reason VARCHAR(1000);
ALTER TABLE incident ADD COLUMN reopen_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE incident ADD COLUMN stood_resolved_ms BIGINT DEFAULT 0 NOT NULL;

-- The provider's delivery manager who looks after a tenant: told of its service-level breaches,
-- and its "my tenants" in the service review.
ALTER TABLE tenant ADD COLUMN delivery_manager_id VARCHAR(36) REFERENCES app_user (id);
CREATE INDEX ix_tenant_delivery_manager ON tenant (delivery_manager_id);

-- Each tenant's service tally by the month its incidents came in (UTC, 202611 for November 2026):
-- open incidents by severity, each target met and decided, and the times to acknowledge and to
-- resolve summed with their counts. Every write of an incident adds its difference in the same
-- transaction (ServiceTallies), so the service review adds up a few rows per tenant instead of
-- reading every incident. Filled here from the incidents there are.
CREATE TABLE service_tally (
    tenant_id            VARCHAR(36) NOT NULL REFERENCES tenant (id),
    month_key            INTEGER     NOT NULL,
    open_high            BIGINT      NOT NULL,
    open_medium          BIGINT      NOT NULL,
    open_low             BIGINT      NOT NULL,
    open_informational   BIGINT      NOT NULL,
    acknowledge_met      BIGINT      NOT NULL,
    acknowledge_decided  BIGINT      NOT NULL,
    classify_met         BIGINT      NOT NULL,
    classify_decided     BIGINT      NOT NULL,
    resolve_met          BIGINT      NOT NULL,
    resolve_decided      BIGINT      NOT NULL,
    acknowledged_ms      BIGINT      NOT NULL,
    acknowledged         BIGINT      NOT NULL,
    resolved_ms          BIGINT      NOT NULL,
    resolved             BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, month_key)
);
INSERT INTO service_tally (tenant_id, month_key, open_high, open_medium, open_low, open_informational,
                           acknowledge_met, acknowledge_decided, classify_met, classify_decided, resolve_met, resolve_decided,
                           acknowledged_ms, acknowledged, resolved_ms, resolved)
SELECT tenant_id,
       CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM created_at AT TIME ZONE 'UTC') AS INTEGER),
       SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'HIGH' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'MEDIUM' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'LOW' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status <> 'RESOLVED' AND severity = 'INFORMATIONAL' THEN 1 ELSE 0 END),
       SUM(CASE WHEN acknowledged_in_ms <= sla_acknowledge_ms THEN 1 ELSE 0 END),
       SUM(CASE WHEN acknowledged_in_ms IS NOT NULL OR sla_notified LIKE '%ACKNOWLEDGE%' THEN 1 ELSE 0 END),
       SUM(CASE WHEN classified_in_ms <= sla_classify_ms THEN 1 ELSE 0 END),
       SUM(CASE WHEN classified_in_ms IS NOT NULL OR sla_notified LIKE '%CLASSIFY%' THEN 1 ELSE 0 END),
       SUM(CASE WHEN resolved_in_ms <= sla_resolve_ms THEN 1 ELSE 0 END),
       SUM(CASE WHEN resolved_in_ms IS NOT NULL OR sla_notified LIKE '%RESOLVE%' THEN 1 ELSE 0 END),
       COALESCE(SUM(acknowledged_in_ms), 0), COUNT(acknowledged_in_ms), COALESCE(SUM(resolved_in_ms), 0), COUNT(resolved_in_ms)
FROM incident
GROUP BY tenant_id, CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'UTC') * 100 + EXTRACT(MONTH FROM created_at AT TIME ZONE 'UTC') AS INTEGER);
