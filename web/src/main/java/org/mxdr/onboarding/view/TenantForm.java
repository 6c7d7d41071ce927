package org.mxdr.onboarding.view;

import java.io.Serializable;

import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Lead;
import org.mxdr.onboarding.entity.Region;

/** The create-tenant form's fields, shared by the tenants page and a lead turned into a tenant. */
public class TenantForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name;
    private Cloud cloud = Cloud.COMMERCIAL;
    private Region region;
    private String adminEmail;

    /** Prefilled from the lead: its organisation, its sender as the admin, the region its country suggests. */
    static TenantForm of(Lead lead) {
        TenantForm form = new TenantForm();
        form.name = lead.getOrganisation();
        form.adminEmail = lead.getEmail();
        form.region = Region.suggestedFor(lead.getCountry()).orElse(null);
        return form;
    }

    NewTenant tenant() {
        return new NewTenant(name, cloud, region, adminEmail);
    }

    public Cloud[] getClouds() {
        return Cloud.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Cloud getCloud() {
        return cloud;
    }

    public void setCloud(Cloud cloud) {
        this.cloud = cloud;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
