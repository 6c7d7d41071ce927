package org.mxdr.audit.view;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.TenantSort;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.PageRequest;

/** Provider › Audit: every tenant's trail and the provider-wide records, filtered by tenant too. */
@Named
@ViewScoped
public class ProviderAuditView extends AuditTrailPage {
    private static final long serialVersionUID = 1L;
    public static final String PROVIDER = AuditChain.PROVIDER;

    @Inject
    transient AuditService audit;

    @Inject
    transient TenantService tenants;

    private String tenant;

    @Override
    protected AuditService audit() {
        return audit;
    }

    @Override
    protected String scope() {
        return tenant == null || tenant.isBlank() ? null : tenant;
    }

    @Override
    protected String fileName() {
        return "audit-" + (scope() == null ? "all" : scope()) + ".csv";
    }

    /** The first tenants by name, for the tenant filter. */
    public List<Tenant> getTenants() {
        return tenants.page(0, PageRequest.MAX_PAGE, TenantSort.NAME, true);
    }

    public String getProvider() {
        return PROVIDER;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}
