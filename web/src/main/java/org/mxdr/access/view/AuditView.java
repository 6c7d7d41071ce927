package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.view.BoundaryPages;
import org.primefaces.model.LazyDataModel;

/** Settings > Experts > Audit: the tenant's own audit trail, newest first. */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditService audit;

    @Inject
    transient UserService users;

    private String tenantId;

    private final LazyDataModel<AuditRecord> records = new BoundaryPages<>(() -> audit.count(tenantId),
            (first, size) -> audit.ofTenant(tenantId, first, size), AuditRecord::getId, AuditService.MAX_PAGE);

    public void load() {
        tenantId = TenantAdminPage.tenantOf(users);
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }
}
