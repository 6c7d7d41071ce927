-- Subscriptions, welcome links, the mail outbox and the audit trail. Runs unchanged on H2 2.x and PostgreSQL 15.

-- A tenant's purchase of the service. At most one current (not terminated, not ended) per tenant:
-- the boundary serialises subscriptions of one tenant by locking the tenant row.
CREATE TABLE subscription (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id           VARCHAR(36)  NOT NULL,
    term_start          DATE         NOT NULL,
    term_end            DATE         NOT NULL,
    seats               INTEGER      NOT NULL,
    credit_policy       VARCHAR(16)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    language            VARCHAR(8)   NOT NULL,
    hunting_consent     BOOLEAN      NOT NULL,
    hunting_consent_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    transacted_by       VARCHAR(64)  NOT NULL,
    transacted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    terminated_by       VARCHAR(64),
    terminated_at       TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL,
    CONSTRAINT fk_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_subscription_term CHECK (term_end > term_start),
    CONSTRAINT ck_subscription_seats CHECK (seats >= 1)
);
CREATE INDEX ix_subscription_tenant ON subscription (tenant_id, transacted_at);

-- Single-use links of the welcome email; only a SHA-256 hash of the token is stored.
CREATE TABLE welcome_link (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(36)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    used_by     VARCHAR(64),
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_welcome_link_token UNIQUE (token_hash),
    CONSTRAINT fk_welcome_link_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_welcome_link_tenant ON welcome_link (tenant_id, created_at);

-- Mail written in the same transaction as the change it tells about; a sender delivers it later.
-- claimed_until is a lease: a node sends a row only after moving it into the future itself.
CREATE TABLE outbox_mail (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(20000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_outbox_mail_due ON outbox_mail (status, next_attempt_at);

-- Who changed what in which tenant, with the state before and after.
CREATE TABLE audit_record (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    tenant_id     VARCHAR(36),
    action        VARCHAR(64)   NOT NULL,
    before_state  VARCHAR(4000),
    after_state   VARCHAR(4000)
);
CREATE INDEX ix_audit_record_tenant ON audit_record (tenant_id, recorded_at);
