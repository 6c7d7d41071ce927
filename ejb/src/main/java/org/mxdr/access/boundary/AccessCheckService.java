package org.mxdr.access.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * "May the experts do this here?" answered with the reason: for an expert before he acts, for the
 * tenant's admin to see the effect of its settings, and for the provider's staff.
 */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.PROVIDER_ADMIN, Roles.DELIVERY_MANAGER})
public class AccessCheckService {
    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    public AccessDecision check(@TenantId String tenantId,
                                @NotNull(message = "An operation is required.") Operation operation,
                                List<String> deviceIds, List<String> userIds) {
        Caller caller = callers.current();
        if (caller.is(Role.EXPERT)) {
            // an expert learns why he may not, but not whether a tenant without his grant is a customer
            return access.decideForExpert(tenantId, operation, deviceIds, userIds);
        }
        callers.requireTenant(tenantId, "check experts' access");
        return access.decide(tenantId, operation, deviceIds, userIds);
    }
}
