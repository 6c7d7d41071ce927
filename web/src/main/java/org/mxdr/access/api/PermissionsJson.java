package org.mxdr.access.api;

import java.time.Instant;
import java.util.List;

import org.mxdr.access.boundary.GrantState;

/** The body of GET and PUT /tenants/{t}/permissions: the contract's fields, then the grant's state. */
public record PermissionsJson(boolean serviceProviderAccess, boolean investigateAndGuide, boolean respondDirectly, boolean allDevices,
                              Instant expiresAt, String status, String statusText, Long version, Instant subscriptionEnd,
                              String grantedBy, Instant grantedAt, String updatedBy, Instant updatedAt, String revokedBy,
                              Instant revokedAt, List<String> warnings) {

    static PermissionsJson of(GrantState s) {
        var p = s.permissions();
        return new PermissionsJson(true, p.investigateAndGuide(), p.respondDirectly(), p.allDevices(), p.expiresAt(), s.status().name(),
                s.status().label(), s.version(), s.subscriptionEnd(), s.grantedBy(), s.grantedAt(), s.updatedBy(), s.updatedAt(),
                s.revokedBy(), s.revokedAt(), s.warnings());
    }
}
