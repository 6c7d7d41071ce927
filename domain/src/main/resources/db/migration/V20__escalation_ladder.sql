-- The escalation ladder of high-severity incident notifications. Runs unchanged on H2 2.x and
-- PostgreSQL 15.

-- How long a high-severity notification may stay unacknowledged before the next contact is told.
ALTER TABLE notification_settings ADD COLUMN escalation_minutes INTEGER DEFAULT 15 NOT NULL;

-- Incident-notification contacts get a place on the ladder and the hours they can be reached in
-- their own time zone; a contact that never said is reachable at any hour (24x7).
ALTER TABLE expert_contact ADD COLUMN ladder_order INTEGER;
ALTER TABLE expert_contact ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE expert_contact ADD COLUMN working_days VARCHAR(40) DEFAULT 'MON,TUE,WED,THU,FRI' NOT NULL;
ALTER TABLE expert_contact ADD COLUMN working_from INTEGER DEFAULT 540 NOT NULL;
ALTER TABLE expert_contact ADD COLUMN working_to INTEGER DEFAULT 1020 NOT NULL;
ALTER TABLE expert_contact ADD COLUMN always_available BOOLEAN DEFAULT TRUE NOT NULL;

-- One run of the ladder per high-severity incident: who is to acknowledge now and when the next
-- contact is due; next_due_at is null once acknowledged or when nobody is left to tell.
CREATE TABLE escalation (
    incident_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL,
    state           VARCHAR(20)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_due_at     TIMESTAMP WITH TIME ZONE,
    current_order   INTEGER      NOT NULL,
    acknowledged_by VARCHAR(254),
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT fk_escalation_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT ck_escalation_state CHECK (state IN ('RUNNING', 'ACKNOWLEDGED', 'EXHAUSTED'))
);
CREATE INDEX ix_escalation_due ON escalation (next_due_at);
CREATE INDEX ix_escalation_tenant ON escalation (tenant_id);

-- Each contact the ladder told, with the key that signs its acknowledge link (the link carries
-- the signature, never the key).
CREATE TABLE escalation_step (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    incident_id   VARCHAR(36)  NOT NULL,
    tenant_id     VARCHAR(36)  NOT NULL,
    contact_order INTEGER      NOT NULL,
    contact_name  VARCHAR(200) NOT NULL,
    contact_email VARCHAR(254) NOT NULL,
    in_charge     BOOLEAN      NOT NULL,
    reason        VARCHAR(300) NOT NULL,
    notified_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    link_key      VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_escalation_step_run FOREIGN KEY (incident_id) REFERENCES escalation (incident_id)
);
CREATE INDEX ix_escalation_step_incident ON escalation_step (incident_id, notified_at);
CREATE INDEX ix_escalation_step_tenant ON escalation_step (tenant_id);
