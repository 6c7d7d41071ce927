package org.mxdr.access.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.view.AuditTrailPage;
import org.mxdr.identity.boundary.UserService;

/** Settings > Experts > Audit: the tenant's own audit trail, newest first, filtered and downloadable. */
@Named
@ViewScoped
public class AuditView extends AuditTrailPage {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    @Inject
    transient UserService users;

    private String tenantId;

    public void load() {
        tenantId = TenantAdminPage.tenantOf(users);
    }

    @Override
    protected AuditService audit() {
        return audit;
    }

    @Override
    protected String scope() {
        return tenantId;
    }

    @Override
    protected String fileName() {
        return "audit.csv";
    }
}
