-- Password reset links: single use, expiring, only a hash of the token stored (the token exists
-- only in the email). Sent by an admin within its reach or asked for by the user on the sign-in page.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE password_reset (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36)  NOT NULL REFERENCES app_user (id),
    tenant_id   VARCHAR(36),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    voided_at   TIMESTAMP WITH TIME ZONE,
    version     BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id, created_at);
CREATE INDEX ix_password_reset_tenant ON password_reset (tenant_id);
