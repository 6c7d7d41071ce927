-- Service levels (product-spec section 12). Runs unchanged on H2 2.x and PostgreSQL 15.
-- The provider-wide targets per severity, in milliseconds: to acknowledge (an expert takes the
-- incident), to classify, to resolve; each counted from intake.
CREATE TABLE service_level_default (
    severity       VARCHAR(16) NOT NULL PRIMARY KEY,
    acknowledge_ms BIGINT      NOT NULL,
    classify_ms    BIGINT      NOT NULL,
    resolve_ms     BIGINT      NOT NULL,
    CONSTRAINT ck_sld_severity CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'))
);
INSERT INTO service_level_default (severity, acknowledge_ms, classify_ms, resolve_ms) VALUES
    ('HIGH', 900000, 3600000, 86400000),
    ('MEDIUM', 3600000, 14400000, 259200000),
    ('LOW', 14400000, 86400000, 604800000),
    ('INFORMATIONAL', 86400000, 259200000, 1209600000);

-- A subscription's own targets for a severity, replacing the default's.
CREATE TABLE service_level_override (
    subscription_id VARCHAR(36) NOT NULL,
    severity        VARCHAR(16) NOT NULL,
    tenant_id       VARCHAR(36) NOT NULL,
    acknowledge_ms  BIGINT      NOT NULL,
    classify_ms     BIGINT      NOT NULL,
    resolve_ms      BIGINT      NOT NULL,
    CONSTRAINT pk_service_level_override PRIMARY KEY (subscription_id, severity),
    CONSTRAINT fk_slo_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    CONSTRAINT ck_slo_severity CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'))
);
CREATE INDEX ix_slo_tenant ON service_level_override (tenant_id);

-- Each incident holds the targets of its severity from intake (a later policy change does not
-- move the goal posts of incidents already open), the time each step took once done, and two
-- instants kept whenever the incident changes: what is due next (the experts' queue orders by
-- it) and when its next target is breached (the scheduled check looks only at those past).
ALTER TABLE incident ADD COLUMN sla_acknowledge_ms BIGINT;
ALTER TABLE incident ADD COLUMN sla_classify_ms BIGINT;
ALTER TABLE incident ADD COLUMN sla_resolve_ms BIGINT;
ALTER TABLE incident ADD COLUMN acknowledged_in_ms BIGINT;
ALTER TABLE incident ADD COLUMN classified_in_ms BIGINT;
ALTER TABLE incident ADD COLUMN resolved_in_ms BIGINT;
ALTER TABLE incident ADD COLUMN sla_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN sla_watch_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE incident ADD COLUMN sla_notified VARCHAR(40) DEFAULT '' NOT NULL;

UPDATE incident SET sla_acknowledge_ms = (SELECT d.acknowledge_ms FROM service_level_default d WHERE d.severity = incident.severity),
                    sla_classify_ms = (SELECT d.classify_ms FROM service_level_default d WHERE d.severity = incident.severity),
                    sla_resolve_ms = (SELECT d.resolve_ms FROM service_level_default d WHERE d.severity = incident.severity);

CREATE INDEX ix_incident_due ON incident (sla_due_at, id);
CREATE INDEX ix_incident_tenant_due ON incident (tenant_id, sla_due_at, id);
CREATE INDEX ix_incident_watch ON incident (sla_watch_at);
