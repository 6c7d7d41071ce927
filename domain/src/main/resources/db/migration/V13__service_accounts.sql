-- Machines (the detection platform, IT ops scripts) sign in as service accounts with OAuth 2.0
-- client credentials: the id is the client id, the secret is stored as its SHA-256 only. A revoked
-- account keeps its row, so the audit trail still names it, but gets no new token.
CREATE TABLE service_account (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    name               VARCHAR(100) NOT NULL,
    role               VARCHAR(32)  NOT NULL,
    tenant_id          VARCHAR(36),
    secret_hash        VARCHAR(64)  NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    secret_rotated_at  TIMESTAMP WITH TIME ZONE,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_service_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    -- the same rule as for people: a tenant role comes with a tenant, a provider role without one
    CONSTRAINT ck_service_account_role_side CHECK (
        (role IN ('tenant-admin', 'tenant-operator', 'tenant-reader') AND tenant_id IS NOT NULL)
        OR (role IN ('provider-admin', 'commercial-executive', 'delivery-manager', 'expert', 'platform') AND tenant_id IS NULL))
);
CREATE INDEX ix_service_account_tenant ON service_account (tenant_id, name);
