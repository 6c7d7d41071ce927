package org.mxdr.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A device of a tenant's inventory. Written only by the inventory import (in JDBC batches, for
 * 100,000 devices), so the entity is read-only.
 */
@Entity
@Table(name = "device")
public class Device {
    @Id
    private Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false, insertable = false)
    private String tenantId;

    @Column(name = "external_id", insertable = false, updatable = false)
    private String externalId;

    @Column(insertable = false, updatable = false)
    private String name;

    @Column(insertable = false, updatable = false)
    private String os;

    @Column(insertable = false, updatable = false)
    private boolean eligible;

    @Column(insertable = false, updatable = false)
    private boolean onboarded;

    @Enumerated(EnumType.STRING)
    @Column(name = "av_mode", insertable = false, updatable = false)
    private AvMode avMode;

    @Column(name = "device_group", insertable = false, updatable = false)
    private String deviceGroup;

    protected Device() {
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getName() {
        return name;
    }

    public String getOs() {
        return os;
    }

    public boolean isEligible() {
        return eligible;
    }

    public boolean isOnboarded() {
        return onboarded;
    }

    public AvMode getAvMode() {
        return avMode;
    }

    public String getDeviceGroup() {
        return deviceGroup;
    }
}
