package org.mxdr.access.view;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.Caller;
import org.mxdr.platform.NotFound;

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
}
