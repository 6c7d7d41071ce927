-- The experts' access: each tenant's grant, its exclusions, its contacts and the settings wizard's
-- progress; and the user group of each directory user, which exclusions pick from. Runs unchanged
-- on H2 2.x and PostgreSQL 15.

ALTER TABLE inventory_user ADD COLUMN user_group VARCHAR(200);
CREATE INDEX ix_device_group ON device (tenant_id, device_group);
CREATE INDEX ix_inventory_user_group ON inventory_user (tenant_id, user_group);

-- What a tenant grants the experts, for one subscription: a new subscription needs a new grant, so
-- access never outlives the purchase it was given for. History lives in the audit trail.
CREATE TABLE expert_grant (
    tenant_id               VARCHAR(36) NOT NULL PRIMARY KEY,
    subscription_id         VARCHAR(36) NOT NULL,
    service_provider_access BOOLEAN     NOT NULL,
    investigate_and_guide   BOOLEAN     NOT NULL,
    respond_directly        BOOLEAN     NOT NULL,
    all_devices             BOOLEAN     NOT NULL,
    expires_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by              VARCHAR(64) NOT NULL,
    granted_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(64) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by              VARCHAR(64),
    revoked_at              TIMESTAMP WITH TIME ZONE,
    expiry_recorded         BOOLEAN     NOT NULL,
    version                 BIGINT      NOT NULL,
    CONSTRAINT fk_expert_grant_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_expert_grant_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);
-- the expiry sweep looks for grants that expired and are not yet in the audit trail
CREATE INDEX ix_expert_grant_expiry ON expert_grant (expiry_recorded, expires_at);

-- Device groups and user groups whose assets get guidance only. The set row carries the version
-- that turns a concurrent edit into a conflict.
CREATE TABLE exclusion_set (
    tenant_id  VARCHAR(36) NOT NULL PRIMARY KEY,
    updated_by VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT fk_exclusion_set_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE TABLE excluded_device_group (
    tenant_id  VARCHAR(36)  NOT NULL,
    group_name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_excluded_device_group PRIMARY KEY (tenant_id, group_name),
    CONSTRAINT fk_excluded_device_group_set FOREIGN KEY (tenant_id) REFERENCES exclusion_set (tenant_id)
);
CREATE TABLE excluded_user_group (
    tenant_id  VARCHAR(36)  NOT NULL,
    group_name VARCHAR(200) NOT NULL,
    CONSTRAINT pk_excluded_user_group PRIMARY KEY (tenant_id, group_name),
    CONSTRAINT fk_excluded_user_group_set FOREIGN KEY (tenant_id) REFERENCES exclusion_set (tenant_id)
);

-- People or teams the provider contacts about incidents and service reviews.
CREATE TABLE expert_contact (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    tenant_id             VARCHAR(36)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    phone                 VARCHAR(32),
    incident_notification BOOLEAN      NOT NULL,
    service_review        BOOLEAN      NOT NULL,
    added_by              VARCHAR(64)  NOT NULL,
    added_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_expert_contact_email UNIQUE (tenant_id, email),
    CONSTRAINT fk_expert_contact_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_expert_contact_for CHECK (incident_notification OR service_review)
);

-- Where a tenant admin is in the settings wizard, and the permissions chosen so far: nothing here
-- grants anything until the wizard is submitted.
CREATE TABLE settings_wizard (
    tenant_id             VARCHAR(36) NOT NULL PRIMARY KEY,
    step                  VARCHAR(16) NOT NULL,
    investigate_and_guide BOOLEAN     NOT NULL,
    respond_directly      BOOLEAN     NOT NULL,
    all_devices           BOOLEAN     NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE,
    updated_by            VARCHAR(64) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by          VARCHAR(64),
    submitted_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT      NOT NULL,
    CONSTRAINT fk_settings_wizard_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_settings_wizard_step CHECK (step IN ('PERMISSIONS', 'EXCLUSIONS', 'CONTACTS', 'REVIEW'))
);
