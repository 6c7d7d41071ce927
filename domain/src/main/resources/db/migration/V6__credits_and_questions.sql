-- Ask the experts and the credit ledger (product-spec section 6). Runs unchanged on H2 2.x and PostgreSQL 15.

-- A tenant user's question to the experts. incident_id names an incident of the tenant by id; it
-- has no foreign key until incidents are stored.
CREATE TABLE question (
    id                VARCHAR(36)    NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(36)    NOT NULL,
    subject           VARCHAR(200)   NOT NULL,
    body              VARCHAR(10000) NOT NULL,
    incident_id       VARCHAR(64),
    asked_by          VARCHAR(64)    NOT NULL,
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    email_copy        BOOLEAN        NOT NULL,
    credit_id         VARCHAR(36),
    beyond_allocation BOOLEAN        NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    messages          INTEGER        NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT fk_question_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_question_status CHECK (status IN ('AWAITING_EXPERTS', 'ANSWERED'))
);
CREATE INDEX ix_question_tenant ON question (tenant_id, last_activity_at);
-- the experts' list over every tenant that grants them access, most recent first
CREATE INDEX ix_question_activity ON question (last_activity_at);

-- Answers and follow-ups, in the order written.
CREATE TABLE question_message (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    question_id VARCHAR(36)    NOT NULL,
    seq         INTEGER        NOT NULL,
    side        VARCHAR(16)    NOT NULL,
    author      VARCHAR(64)    NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_question_message_question FOREIGN KEY (question_id) REFERENCES question (id),
    CONSTRAINT uq_question_message_seq UNIQUE (question_id, seq),
    CONSTRAINT ck_question_message_side CHECK (side IN ('CUSTOMER', 'EXPERT'))
);

-- That a subscription received its credits for a period (2026-12 or 2026-Q4). The unique key is
-- what makes the assignment exactly once: the credits are inserted in the same transaction as
-- this row, so a second run, a concurrent run on another node or a run after a crash midway
-- cannot add them twice.
CREATE TABLE credit_grant (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(36) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    tenant_id       VARCHAR(36) NOT NULL,
    policy          VARCHAR(16) NOT NULL,
    assigned_on     DATE        NOT NULL,
    credits         INTEGER     NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_credit_grant_period UNIQUE (subscription_id, period),
    CONSTRAINT fk_credit_grant_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    CONSTRAINT fk_credit_grant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- One credit; expires_on is the first day it can no longer be used (at 00:00 UTC).
CREATE TABLE credit (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    grant_id        VARCHAR(36) NOT NULL,
    tenant_id       VARCHAR(36) NOT NULL,
    subscription_id VARCHAR(36) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    assigned_on     DATE        NOT NULL,
    expires_on      DATE        NOT NULL,
    question_id     VARCHAR(36),
    used_at         TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT      NOT NULL,
    CONSTRAINT fk_credit_grant FOREIGN KEY (grant_id) REFERENCES credit_grant (id),
    CONSTRAINT fk_credit_question FOREIGN KEY (question_id) REFERENCES question (id),
    -- a question uses at most one credit
    CONSTRAINT uq_credit_question UNIQUE (question_id),
    CONSTRAINT ck_credit_expiry CHECK (expires_on > assigned_on)
);
CREATE INDEX ix_credit_grant ON credit (grant_id);
CREATE INDEX ix_credit_tenant ON credit (tenant_id, assigned_on);
CREATE INDEX ix_credit_subscription ON credit (subscription_id, expires_on);
-- the reminder looks for unused credits expiring within 14 days
CREATE INDEX ix_credit_expiry ON credit (expires_on, reminded_at);

ALTER TABLE question ADD CONSTRAINT fk_question_credit FOREIGN KEY (credit_id) REFERENCES credit (id);
