package org.mxdr.access.view;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Caller;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;

/** The tenant of the signed-in tenant user, for the pages under Settings > Experts. */
final class TenantAdminPage {
    private TenantAdminPage() {
    }

    static String tenantOf(UserService users) {
        Caller me = users.me();
        if (!me.isTenantUser()) {
            throw new NotFound("Settings > Experts belongs to a tenant's own users.");
        }
        return me.tenantId();
    }

    /** The pages that change the experts' access open for the tenant's admin only; others get 403 at once, not a form the server would refuse. */
    static String adminTenantOf(UserService users) {
        Caller me = users.me();
        if (me.isTenantUser() && !me.is(Role.TENANT_ADMIN)) {
            throw new AccessDenied("Only your organisation's security administrator changes the experts' access; Settings › Experts shows it.");
        }
        return tenantOf(users);
    }
}
