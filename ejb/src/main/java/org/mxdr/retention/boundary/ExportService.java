package org.mxdr.retention.boundary;

import java.io.OutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.retention.control.TenantExport;

/**
 * The export archive of a tenant, for its own admin and the provider admin. Allowed at any time,
 * not only in the grace period: a customer may take its data whenever it wants. {@link #begin}
 * checks and audits before the first byte is sent, so a refusal is a proper 403 or 404.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PROVIDER_ADMIN})
public class ExportService {
    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    @Inject
    TenantExport export;

    /** Checks the caller's reach, records the export in the tenant's audit trail, and names the file. */
    public String begin(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "export tenant");
        Tenant tenant = tenants.find(tenantId);
        audit.record(caller.username(), tenantId, "retention.exported", null, "export archive of every data class of " + tenant.getName());
        return "mxdr-export-" + tenant.getName().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + ".zip";
    }

    /** Streams the archive; outside any transaction, so its length is bounded by nothing but the tenant's data. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(@TenantId String tenantId, @NotNull OutputStream out) {
        Caller caller = callers.requireTenant(tenantId, "export tenant");
        export.write(tenants.find(tenantId), caller.username(), out);
    }
}
