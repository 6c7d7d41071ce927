package org.mxdr.access.entity;

import java.time.Instant;
import java.util.Set;

/**
 * What a tenant grants the experts, as the access rule needs it: the levels, whether service
 * provider access is on, the all-devices switch, the expiry and the revocation if any.
 */
public record AccessGrant(Set<AccessLevel> levels, boolean serviceProviderAccess, boolean allDevices, Instant expiresAt,
                          Instant revokedAt) {

    public AccessGrant {
        levels = Set.copyOf(levels);
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    boolean revoked() {
        return revokedAt != null;
    }
}
