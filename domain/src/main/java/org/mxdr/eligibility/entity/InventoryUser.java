package org.mxdr.eligibility.entity;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user of a tenant's directory. Written only by the inventory import; its licences are also
 * kept one row each in inventory_user_license, which the evaluation counts.
 */
@Entity
@Table(name = "inventory_user")
public class InventoryUser {
    @Id
    private Long id;

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "external_id", insertable = false, updatable = false)
    private String externalId;

    @Column(insertable = false, updatable = false)
    private String name;

    /** Product keys separated by spaces, for display; the counts use the licence rows. */
    @Column(insertable = false, updatable = false)
    private String licenses;

    @Column(name = "user_group", insertable = false, updatable = false)
    private String userGroup;

    protected InventoryUser() {
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

    public String getUserGroup() {
        return userGroup;
    }

    public List<String> getLicenses() {
        return licenses == null || licenses.isBlank() ? List.of() : Arrays.asList(licenses.split(" "));
    }
}
