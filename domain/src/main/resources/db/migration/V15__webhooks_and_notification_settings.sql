-- Events that a tenant's systems can subscribe to (webhooks). Each is written in the
-- transaction of the change it tells about, so it exists exactly when that change committed;
-- deliveries to the tenant's endpoints are made from it later.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE webhook_event (
    id          VARCHAR(36)     NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(36)     NOT NULL,
    type        VARCHAR(40)     NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    data        VARCHAR(100000) NOT NULL
);
CREATE INDEX ix_webhook_event_tenant ON webhook_event (tenant_id, occurred_at);

-- What a tenant wants to be told, and how: the severities that send an incident notification
-- and whether the monthly report is mailed. A tenant without a row has the defaults.
CREATE TABLE notification_settings (
    tenant_id          VARCHAR(36) NOT NULL PRIMARY KEY,
    incident_severities VARCHAR(100) NOT NULL,
    monthly_report     BOOLEAN     NOT NULL,
    version            BIGINT      DEFAULT 0 NOT NULL
);
