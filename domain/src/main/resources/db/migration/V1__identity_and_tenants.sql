-- Tenants and the users who sign in. Runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE tenant (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    name_key    VARCHAR(200) NOT NULL,
    cloud       VARCHAR(16)  NOT NULL,
    region      VARCHAR(16)  NOT NULL,
    admin_email VARCHAR(254) NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uq_tenant_name_key UNIQUE (name_key)
);
CREATE INDEX ix_tenant_created_at ON tenant (created_at);
CREATE INDEX ix_tenant_cloud ON tenant (cloud);
CREATE INDEX ix_tenant_region ON tenant (region);

-- The Elytron jdbc-realm reads password_hash and role of an enabled user by username.
CREATE TABLE app_user (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    tenant_id     VARCHAR(36),
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    -- a tenant role comes with a tenant, a provider role without one
    CONSTRAINT ck_app_user_side CHECK (
        (role IN ('tenant-admin', 'tenant-operator', 'tenant-reader') AND tenant_id IS NOT NULL)
        OR (role IN ('provider-admin', 'commercial-executive', 'delivery-manager', 'expert', 'platform') AND tenant_id IS NULL))
);
CREATE INDEX ix_app_user_tenant ON app_user (tenant_id);
