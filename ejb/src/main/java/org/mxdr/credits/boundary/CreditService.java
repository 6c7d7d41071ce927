package org.mxdr.credits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.credits.control.Ledgers;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The Credits page and {@code GET /tenants/{t}/credits}: a tenant's own users and the provider's
 * office read its ledger; experts only through the tenant's live grant.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT,
        Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class CreditService {
    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    Ledgers ledgers;

    public Ledgers.Ledger ledger(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read credits");
        tenants.find(tenantId);
        return ledgers.of(tenantId);
    }
}
