package org.mxdr.access.boundary;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.Exclusions;
import org.mxdr.access.control.ResponsePolicies;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.ResponsePolicy;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The Response policy page and {@code /tenants/{t}/response-policy}: the tenant's users and the
 * experts with a live grant read it; only the tenant's own admin changes it.
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class ResponsePolicyService {
    @Inject
    Callers callers;

    @Inject
    ResponsePolicies policies;

    @Inject
    Exclusions exclusions;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER, Roles.EXPERT})
    public ResponsePolicy get(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read response policy");
        return policies.of(tenantId);
    }

    /** The device groups and user groups of the inventory, which rules pick from. */
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER, Roles.EXPERT})
    public Exclusions.KnownGroups groups(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read inventory groups");
        return exclusions.known(tenantId);
    }

    /** Replaces the policy; the version read is required (0 before the first save). */
    public ResponsePolicy put(@TenantId String tenantId, List<PolicyRule> rules, Duration approvalTimeout,
                              Duration reminderEvery, Long version) {
        Caller caller = callers.requireTenant(tenantId, "change response policy");
        return policies.replace(caller.username(), tenantId, rules, approvalTimeout, reminderEvery, version);
    }
}
