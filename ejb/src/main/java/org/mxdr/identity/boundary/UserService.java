package org.mxdr.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;

/**
 * Creates users. A provider admin creates any user; a tenant admin creates users with tenant
 * roles in its own tenant only.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class UserService {

    @Inject
    Callers callers;

    @Inject
    UserRegistry registry;

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
    public AppUser create(@NotNull(message = "A user is required.") @Valid NewUser user) {
        Caller caller = callers.current();
        NewUser allowed = user;
        if (caller.is(Role.TENANT_ADMIN)) {
            if (!user.role().onTenantSide()) {
                throw callers.deny(caller, "create user with role " + user.role().securityName(),
                        "A tenant admin may create users with tenant roles only.");
            }
            if (user.tenantId() == null) {
                allowed = new NewUser(user.username(), user.password(), user.email(), user.role(), caller.tenantId());
            } else {
                callers.requireTenant(user.tenantId(), "create user");
            }
        }
        return registry.register(allowed);
    }

    /** Who the signed-in user is: any signed-in role may ask. */
    @jakarta.annotation.security.PermitAll
    public Caller me() {
        return callers.current();
    }
}
