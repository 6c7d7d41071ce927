-- A tenant's webhook endpoints and the deliveries of its events to them (an outbox: one row per
-- event and subscribed endpoint, written in the event's transaction, sent later with retries),
-- with each attempt's answer. Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE webhook_endpoint (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(36)   NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    events          VARCHAR(500)  NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    failing_since   TIMESTAMP WITH TIME ZONE,
    disabled_at     TIMESTAMP WITH TIME ZONE,
    disabled_reason VARCHAR(300),
    version         BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_webhook_endpoint_tenant ON webhook_endpoint (tenant_id);

CREATE TABLE webhook_delivery (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL,
    endpoint_id      VARCHAR(36)  NOT NULL,
    event_id         VARCHAR(36)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    delivered_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT DEFAULT 0 NOT NULL
);
-- the sender's one query: pending rows by due time
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX ix_webhook_delivery_endpoint ON webhook_delivery (endpoint_id, created_at);

CREATE TABLE webhook_attempt (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(36)  NOT NULL,
    delivery_id  VARCHAR(36)  NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(500),
    duration_ms  BIGINT       NOT NULL
);
CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
