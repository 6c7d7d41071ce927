package org.mxdr.onboarding.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.platform.NotFound;
import org.mxdr.onboarding.entity.Tenant;

/**
 * One tenant's overview: a tenant user sees its own (the home page); a provider user any. Another
 * tenant's id ends on the friendly 403 page because the boundary refuses it.
 */
@Named
@ViewScoped
public class TenantView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantService tenants;

    private String id;
    private Tenant tenant;

    @Inject
    transient UserService users;

    /** Without an id a tenant user sees its own tenant. */
    public void load() {
        String wanted = id;
        if (wanted == null || wanted.isBlank()) {
            wanted = users.me().tenantId();
        }
        if (wanted == null) {
            throw new NotFound("Choose a tenant from the tenant list.");
        }
        tenant = tenants.get(wanted);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Tenant getTenant() {
        return tenant;
    }
}
