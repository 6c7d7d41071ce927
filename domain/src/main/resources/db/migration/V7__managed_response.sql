-- Managed response: incidents from the detection platform, the experts' work on them, the
-- customer's action cards, the commands for the platform, and the operational data (chat,
-- analyst notes, case tickets). Runs unchanged on H2 2.x and PostgreSQL 15.

CREATE TABLE incident (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    tenant_id            VARCHAR(36)   NOT NULL,
    external_id          VARCHAR(128)  NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    severity             VARCHAR(16)   NOT NULL,
    category             VARCHAR(100)  NOT NULL,
    tactic               VARCHAR(100)  NOT NULL,
    evidence             VARCHAR(4000),
    status               VARCHAR(24)   NOT NULL,
    assigned_to          VARCHAR(16)   NOT NULL,
    taken_by             VARCHAR(64),
    classification       VARCHAR(32),
    determination        VARCHAR(1000),
    classified_by        VARCHAR(64),
    -- whether a device involved belongs to a device group: an expert whose grant withholds such
    -- devices neither lists nor opens the incident
    in_device_group      BOOLEAN       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at          TIMESTAMP WITH TIME ZONE,
    resolved_by          VARCHAR(64),
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_incident_external UNIQUE (tenant_id, external_id),
    CONSTRAINT fk_incident_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_incident_severity CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL')),
    CONSTRAINT ck_incident_status CHECK (status IN ('NEW', 'IN_PROGRESS', 'AWAITING_CUSTOMER', 'RESOLVED')),
    CONSTRAINT ck_incident_assigned CHECK (assigned_to IN ('UNASSIGNED', 'EXPERTS', 'CUSTOMER'))
);
-- the queue, newest first, per tenant and per filter; id breaks ties so pages never overlap
CREATE INDEX ix_incident_queue ON incident (tenant_id, created_at DESC, id);
CREATE INDEX ix_incident_status ON incident (tenant_id, status, created_at DESC, id);
CREATE INDEX ix_incident_severity ON incident (tenant_id, severity, created_at DESC, id);
CREATE INDEX ix_incident_assigned ON incident (tenant_id, assigned_to, created_at DESC, id);

CREATE TABLE incident_device (
    incident_id        VARCHAR(36)  NOT NULL,
    device_external_id VARCHAR(128) NOT NULL,
    CONSTRAINT pk_incident_device PRIMARY KEY (incident_id, device_external_id),
    CONSTRAINT fk_incident_device FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE TABLE incident_user (
    incident_id      VARCHAR(36)  NOT NULL,
    user_external_id VARCHAR(128) NOT NULL,
    CONSTRAINT pk_incident_user PRIMARY KEY (incident_id, user_external_id),
    CONSTRAINT fk_incident_user FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- A response action: run by an expert with Operator access, or recommended to the customer as a card.
CREATE TABLE response_action (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id   VARCHAR(36)   NOT NULL,
    tenant_id     VARCHAR(36)   NOT NULL,
    action_type   VARCHAR(24)   NOT NULL,
    target        VARCHAR(128)  NOT NULL,
    detail        VARCHAR(300),
    recommended   BOOLEAN       NOT NULL,
    reason        VARCHAR(300),
    state         VARCHAR(24)   NOT NULL,
    result        VARCHAR(1000),
    requested_by  VARCHAR(64)   NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_by   VARCHAR(64),
    answered_at   TIMESTAMP WITH TIME ZONE,
    version       BIGINT        NOT NULL,
    CONSTRAINT fk_action_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT ck_action_type CHECK (action_type IN ('ISOLATE_DEVICE', 'RELEASE_DEVICE', 'QUARANTINE_FILE', 'RESTRICT_APP',
        'UNRESTRICT_APP', 'DISABLE_USER', 'ENABLE_USER')),
    CONSTRAINT ck_action_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED', 'FAILED', 'AWAITING_CUSTOMER', 'CUSTOMER_COMPLETED', 'SKIPPED'))
);
CREATE INDEX ix_action_incident ON response_action (incident_id, requested_at);

-- What the detection platform is asked to execute; it picks the commands up and reports back.
CREATE TABLE platform_command (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    action_id    VARCHAR(36)   NOT NULL,
    tenant_id    VARCHAR(36)   NOT NULL,
    command      VARCHAR(24)   NOT NULL,
    target       VARCHAR(128)  NOT NULL,
    detail       VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    picked_up_at TIMESTAMP WITH TIME ZONE,
    reported_at  TIMESTAMP WITH TIME ZONE,
    succeeded    BOOLEAN,
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_platform_command_action UNIQUE (action_id),
    CONSTRAINT fk_platform_command_action FOREIGN KEY (action_id) REFERENCES response_action (id)
);
CREATE INDEX ix_platform_command_pending ON platform_command (reported_at, created_at);

-- Operational data (product-spec section 7 places it): the chat, analyst notes, case tickets.
CREATE TABLE incident_message (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id VARCHAR(36)   NOT NULL,
    tenant_id   VARCHAR(36)   NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    from_expert BOOLEAN       NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_message_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_message_incident ON incident_message (incident_id, sent_at, id);

CREATE TABLE analyst_note (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id VARCHAR(36)   NOT NULL,
    tenant_id   VARCHAR(36)   NOT NULL,
    author      VARCHAR(64)   NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_note_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_note_incident ON analyst_note (incident_id, written_at);

CREATE TABLE case_ticket (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id VARCHAR(36),
    tenant_id   VARCHAR(36)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    body        VARCHAR(4000) NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    opened_by   VARCHAR(64)   NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by   VARCHAR(64),
    closed_at   TIMESTAMP WITH TIME ZONE,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_ticket_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_ticket_state CHECK (state IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_ticket_incident ON case_ticket (incident_id, opened_at);
CREATE INDEX ix_ticket_tenant ON case_ticket (tenant_id, state, opened_at);
