package org.mxdr.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.Grants;
import org.mxdr.access.control.Wizards;
import org.mxdr.access.entity.Permissions;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The Permissions page and {@code /tenants/{t}/permissions}: the tenant's own admin grants,
 * narrows, widens and revokes the experts' access; tenant users and the provider read it.
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class PermissionService {
    @Inject
    Callers callers;

    @Inject
    Grants grants;

    @Inject
    Wizards wizards;

    @Inject
    Subscriptions subscriptions;

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT,
            Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public GrantState get(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read permissions");
        return grants.state(tenantId);
    }

    /**
     * Grants the permissions, or changes the live grant (then the version read is required and a
     * change made meanwhile is a conflict). A first grant needs an incident-notification contact.
     */
    public GrantState put(@TenantId String tenantId,
                          @NotNull(message = "The permissions are required.") PermissionChange change) {
        Caller caller = callers.requireTenant(tenantId, "change permissions");
        if (Boolean.FALSE.equals(change.serviceProviderAccess())) {
            throw new BadInput("serviceProviderAccess", "Service provider access is always required: it is how the experts "
                    + "sign in to your organisation. Narrow their access with the levels, the all-devices switch and exclusions instead.");
        }
        Permissions wanted = new Permissions(!Boolean.FALSE.equals(change.investigateAndGuide()),
                Boolean.TRUE.equals(change.respondDirectly()), !Boolean.FALSE.equals(change.allDevices()),
                change.expiresAt() != null ? change.expiresAt() : subscriptions.current(tenantId).map(Subscription::endsAt).orElse(null));
        GrantState state = grants.grantOrChange(caller.username(), tenantId, wanted, change.version());
        wizards.grantedOutside(caller.username(), tenantId);
        return state;
    }

    /** Ends the experts' access now: their very next call is denied. */
    public GrantState revoke(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "revoke permissions");
        return grants.revoke(caller.username(), tenantId);
    }
}
