-- Retention (product-spec section 7): legal holds and the deletion certificates of purged tenants.
-- Runs unchanged on H2 2.x and PostgreSQL 15.

-- A provider admin's hold on a tenant's data: while a row exists, nothing of the tenant is purged.
CREATE TABLE legal_hold (
    tenant_id  VARCHAR(36)   NOT NULL PRIMARY KEY,
    reason     VARCHAR(1000) NOT NULL,
    placed_by  VARCHAR(64)   NOT NULL,
    placed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_legal_hold_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- The proof of a purge, and its progress. No foreign key to the tenant: the certificate outlives it.
-- The unique tenant_id makes the purge of a tenant start once; the lease (worker, lease_until) lets
-- one run at a time delete, and lets a later run resume a purge whose run died midway.
CREATE TABLE deletion_certificate (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL,
    tenant_name      VARCHAR(200) NOT NULL,
    region           VARCHAR(16)  NOT NULL,
    state            VARCHAR(16)  NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    retain_until     TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    purged_at        TIMESTAMP WITH TIME ZONE,
    audit_chain_hash VARCHAR(128),
    worker           VARCHAR(36),
    lease_until      TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_deletion_certificate_tenant UNIQUE (tenant_id),
    CONSTRAINT ck_deletion_certificate_state CHECK (state IN ('PURGING', 'COMPLETE'))
);
CREATE INDEX ix_deletion_certificate_state ON deletion_certificate (state, purged_at);

-- What was there when the purge began, per data class.
CREATE TABLE deletion_count (
    certificate_id VARCHAR(36) NOT NULL,
    data_class     VARCHAR(64) NOT NULL,
    row_count      BIGINT      NOT NULL,
    CONSTRAINT pk_deletion_count PRIMARY KEY (certificate_id, data_class),
    CONSTRAINT fk_deletion_count_certificate FOREIGN KEY (certificate_id) REFERENCES deletion_certificate (id)
);
