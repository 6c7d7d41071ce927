-- The tenant's response policy (product-spec section 13): for each action type and scope (all
-- assets, a device group, a user group) what the experts may do: act, ask for approval, or only
-- guide. A tenant without a row has no rules: the grant's level decides, as before the policy.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE response_policy (
    tenant_id                VARCHAR(36) NOT NULL PRIMARY KEY,
    approval_timeout_seconds BIGINT      NOT NULL,
    reminder_every_seconds   BIGINT      NOT NULL,
    updated_by               VARCHAR(64) NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT      DEFAULT 0 NOT NULL
);
CREATE TABLE response_policy_rule (
    tenant_id   VARCHAR(36)  NOT NULL,
    position    INTEGER      NOT NULL,
    action_type VARCHAR(24)  NOT NULL,
    scope_kind  VARCHAR(16)  NOT NULL,
    scope_name  VARCHAR(200),
    mode        VARCHAR(8)   NOT NULL,
    PRIMARY KEY (tenant_id, position)
);

-- An action under "ask for approval" waits for the tenant's operators or admins: one request per
-- action, answered once (approved, denied), timed out into a guidance card, or refused at
-- execution when the experts' access no longer allows it.
CREATE TABLE approval_request (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL,
    incident_id      VARCHAR(36)  NOT NULL,
    action_id        VARCHAR(36)  NOT NULL UNIQUE,
    state            VARCHAR(16)  NOT NULL,
    requested_by     VARCHAR(64)  NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    reminder_every_seconds BIGINT NOT NULL,
    next_reminder_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reminders        INTEGER      DEFAULT 0 NOT NULL,
    answered_by      VARCHAR(64),
    answered_at      TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(400),
    version          BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_approval_request_tenant ON approval_request (tenant_id, requested_at);
CREATE INDEX ix_approval_request_pending ON approval_request (state, next_reminder_at);

-- The single-use links mailed to each approver; the token carries the id, the expiry and a
-- signature, so only the id is stored.
CREATE TABLE approval_link (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    approval_id VARCHAR(36)  NOT NULL,
    tenant_id   VARCHAR(36)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_approval_link_approval ON approval_link (approval_id);
CREATE INDEX ix_approval_link_tenant ON approval_link (tenant_id);

-- A response action may now wait for the customer's approval, and be denied.
ALTER TABLE response_action DROP CONSTRAINT ck_action_state;
ALTER TABLE response_action ADD CONSTRAINT ck_action_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED', 'FAILED', 'AWAITING_CUSTOMER',
    'CUSTOMER_COMPLETED', 'SKIPPED', 'AWAITING_APPROVAL', 'DENIED'));
