package org.mxdr.access.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.Exclusions;
import org.mxdr.access.entity.ExclusionSet;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/** The Exclusions page and {@code /tenants/{t}/exclusions}: the tenant's own admin only. */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class ExclusionService {
    @Inject
    Callers callers;

    @Inject
    Exclusions exclusions;

    public ExclusionSet get(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read exclusions");
        return exclusions.of(tenantId);
    }

    /** The device groups and user groups of the inventory, to pick from. */
    public Exclusions.KnownGroups groups(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read inventory groups");
        return exclusions.known(tenantId);
    }

    /** Replaces the exclusions; once some are saved, the version read is required. */
    public ExclusionSet put(@TenantId String tenantId, List<String> deviceGroups,
                            List<String> userGroups, Long version) {
        Caller caller = callers.requireTenant(tenantId, "change exclusions");
        return exclusions.replace(caller.username(), tenantId, deviceGroups, userGroups, version);
    }
}
