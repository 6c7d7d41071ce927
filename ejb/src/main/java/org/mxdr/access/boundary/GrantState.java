package org.mxdr.access.boundary;

import java.time.Instant;
import java.util.List;

import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.Permissions;

/**
 * A tenant's permissions as read: what is (or, before any grant, would be) granted, where the
 * grant stands, the version an edit must name, and the seed's warnings that apply.
 *
 * @param version         null before the first grant
 * @param subscriptionEnd the latest expiry allowed; null without a current subscription
 */
public record GrantState(Permissions permissions, GrantStatus status, Long version, Instant subscriptionEnd,
                         String grantedBy, Instant grantedAt, String updatedBy, Instant updatedAt,
                         String revokedBy, Instant revokedAt) {

    public static GrantState of(ExpertGrant g, GrantStatus status, Instant subscriptionEnd) {
        return new GrantState(g.permissions(), status, g.getVersion(), subscriptionEnd, g.getGrantedBy(), g.getGrantedAt(),
                g.getUpdatedBy(), g.getUpdatedAt(), g.getRevokedBy(), g.getRevokedAt());
    }

    public static GrantState none(GrantStatus status, Instant subscriptionEnd) {
        return new GrantState(Permissions.defaults(subscriptionEnd), status, null, subscriptionEnd, null, null, null, null, null, null);
    }

    public List<String> warnings() {
        return permissions.warnings();
    }

    public boolean isLive() {
        return status.live();
    }

    /** Who changed it last and when, for a conflict message. */
    public String lastChange() {
        return updatedBy == null ? null : "by " + updatedBy + " at " + Permissions.shown(updatedAt);
    }
}
