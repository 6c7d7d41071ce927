package org.mxdr.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Seats of one product a tenant holds. Written only by the inventory import. */
@Entity
@Table(name = "tenant_license")
public class TenantLicense {
    @Id
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "product_key", insertable = false, updatable = false)
    private String productKey;

    @Column(insertable = false, updatable = false)
    private int seats;

    protected TenantLicense() {
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getProductKey() {
        return productKey;
    }

    public int getSeats() {
        return seats;
    }
}
