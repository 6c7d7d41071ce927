-- The tamper-evident audit: every record takes a place in its chain (the tenant's, or 'provider'
-- for records without a tenant) with the hash of the record before it and its own hash; each
-- chain's last link is one row, locked by writers; signed digests of the heads. Records written
-- before this version are chained at the next start, in the order they were recorded.
-- Runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE audit_record ADD COLUMN chain_id VARCHAR(36);
ALTER TABLE audit_record ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_record ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_record ADD COLUMN record_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_audit_record_chain ON audit_record (chain_id, chain_position);
CREATE INDEX ix_audit_record_recorded ON audit_record (recorded_at);

CREATE TABLE audit_chain_head (
    chain_id       VARCHAR(36)  NOT NULL PRIMARY KEY,
    last_position  BIGINT       NOT NULL,
    last_hash      VARCHAR(64)  NOT NULL
);

CREATE TABLE audit_digest (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    chain_id        VARCHAR(36)  NOT NULL,
    chain_position  BIGINT       NOT NULL,
    head_hash       VARCHAR(64)  NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    algorithm       VARCHAR(32)  NOT NULL,
    signature       VARCHAR(512) NOT NULL
);
CREATE INDEX ix_audit_digest_chain ON audit_digest (chain_id, chain_position);
