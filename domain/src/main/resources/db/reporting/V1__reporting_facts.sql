-- A regional reporting store: the facts the reports of a tenant read (product-spec section 8),
-- one row per incident, per device or user involved and per action. Rows carry the tenant and
-- the times the reports filter on, so each report is a range scan of one tenant's index.
-- Runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE rpt_incident (
    incident_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(36)  NOT NULL,
    -- the id of the outbox event this snapshot came from: an older one never overwrites it
    version           BIGINT       NOT NULL,
    external_id       VARCHAR(128) NOT NULL,
    title             VARCHAR(300) NOT NULL,
    severity          VARCHAR(16)  NOT NULL,
    category          VARCHAR(100) NOT NULL,
    tactic            VARCHAR(100) NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    classification    VARCHAR(32),
    -- EXPERTS: resolved by the experts alone; WITH_CUSTOMER: the customer was asked to act
    resolution        VARCHAR(16),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_at          TIMESTAMP WITH TIME ZONE,
    classified_at     TIMESTAMP WITH TIME ZONE,
    resolved_at       TIMESTAMP WITH TIME ZONE,
    awaiting_customer_since TIMESTAMP WITH TIME ZONE,
    -- time awaiting the customer's action, closed periods only
    customer_ms       BIGINT       NOT NULL,
    -- when resolved: created to resolved, and its part that was the experts' (minus customer_ms)
    resolve_ms        BIGINT,
    expert_ms         BIGINT,
    cards             INTEGER      NOT NULL,
    cards_open        INTEGER      NOT NULL
);
CREATE INDEX ix_rpt_incident_created ON rpt_incident (tenant_id, created_at);
CREATE INDEX ix_rpt_incident_resolved ON rpt_incident (tenant_id, resolved_at);

-- The devices and users involved, with the incident's creation time for ranges without a join.
CREATE TABLE rpt_incident_asset (
    incident_id VARCHAR(36)  NOT NULL,
    tenant_id   VARCHAR(36)  NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    name        VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_rpt_incident_asset PRIMARY KEY (incident_id, kind, external_id),
    CONSTRAINT ck_rpt_asset_kind CHECK (kind IN ('DEVICE', 'USER'))
);
CREATE INDEX ix_rpt_asset_tenant ON rpt_incident_asset (tenant_id, created_at);

-- Actions run by the experts and cards recommended to the customer.
CREATE TABLE rpt_action (
    action_id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    incident_id         VARCHAR(36)  NOT NULL,
    tenant_id           VARCHAR(36)  NOT NULL,
    action_type         VARCHAR(24)  NOT NULL,
    target              VARCHAR(128) NOT NULL,
    state               VARCHAR(24)  NOT NULL,
    recommended         BOOLEAN      NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at         TIMESTAMP WITH TIME ZONE,
    -- requested to answered, for the customer's median time to complete a card
    answer_ms           BIGINT,
    incident_created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rpt_action_tenant ON rpt_action (tenant_id, requested_at);
CREATE INDEX ix_rpt_action_incident ON rpt_action (incident_id);
