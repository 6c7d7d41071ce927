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
    credit_id         VARCHAR(40),
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

-- The credits a subscription received for a period (2026-12 or 2026-Q4): how many, from when until
-- when (expires_on is the first day they can no longer be used, from 00:00 UTC), how many are used.
-- The unique key is what makes the assignment exactly once: a second run, a concurrent run on
-- another node or a run after a crash midway cannot add a period's credits twice. One row per
-- subscription and period (not per credit) keeps a run over 100,000 subscriptions to 100,000 rows.
CREATE TABLE credit_grant (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(36) NOT NULL,
    period          VARCHAR(7)  NOT NULL,
    tenant_id       VARCHAR(36) NOT NULL,
    policy          VARCHAR(16) NOT NULL,
    assigned_on     DATE        NOT NULL,
    expires_on      DATE        NOT NULL,
    credits         INTEGER     NOT NULL,
    used            INTEGER     NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT      NOT NULL,
    CONSTRAINT uq_credit_grant_period UNIQUE (subscription_id, period),
    CONSTRAINT fk_credit_grant_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id),
    CONSTRAINT ck_credit_grant_used CHECK (used >= 0 AND used <= credits),
    CONSTRAINT ck_credit_grant_expiry CHECK (expires_on > assigned_on)
);
-- the tenant's ledger
CREATE INDEX ix_credit_grant_tenant ON credit_grant (tenant_id, assigned_on);
-- the reminder looks for credits left that expire within 14 days
CREATE INDEX ix_credit_grant_expiry ON credit_grant (expires_on, reminded_at);

-- That a question used credit number seq of a grant; the id is the credit's id (grant id:seq), so
-- no credit is used twice, and a question uses at most one.
CREATE TABLE credit_use (
    id          VARCHAR(40) NOT NULL PRIMARY KEY,
    grant_id    VARCHAR(36) NOT NULL,
    seq         INTEGER     NOT NULL,
    question_id VARCHAR(36) NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_credit_use_question UNIQUE (question_id),
    CONSTRAINT fk_credit_use_grant FOREIGN KEY (grant_id) REFERENCES credit_grant (id),
    CONSTRAINT fk_credit_use_question FOREIGN KEY (question_id) REFERENCES question (id)
);
CREATE INDEX ix_credit_use_grant ON credit_use (grant_id);

ALTER TABLE question ADD CONSTRAINT fk_question_credit FOREIGN KEY (credit_id) REFERENCES credit_use (id);
