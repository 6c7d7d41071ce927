package org.mxdr.access.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * The access a tenant gives the provider's experts for one subscription: the levels, the
 * all-devices switch, the expiry, and its revocation. One row per tenant; a new subscription's
 * grant replaces the old one, and the audit trail keeps the history.
 */
@Entity
@Table(name = "expert_grant")
@NamedQuery(name = ExpertGrant.EXPIRED_UNRECORDED,
        query = "SELECT g FROM ExpertGrant g WHERE g.expiryRecorded = false AND g.permissions.expiresAt <= :now AND g.revokedAt IS NULL")
public class ExpertGrant {
    public static final String EXPIRED_UNRECORDED = "ExpertGrant.expiredUnrecorded";

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    @Column(name = "service_provider_access", nullable = false)
    private boolean serviceProviderAccess;

    @Embedded
    private Permissions permissions;

    @Column(name = "granted_by", nullable = false, length = 64)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "expiry_recorded", nullable = false)
    private boolean expiryRecorded;

    @Version
    private long version;

    protected ExpertGrant() {
    }

    /** A grant of checked permissions for the given subscription. */
    public static ExpertGrant grant(String tenantId, String subscriptionId, Permissions permissions, String by, Instant now) {
        ExpertGrant g = new ExpertGrant();
        g.tenantId = Objects.requireNonNull(tenantId);
        g.regrant(subscriptionId, permissions, by, now);
        return g;
    }

    /** Grants anew, for a new subscription or after a revocation or expiry: the old grant's history is in the audit. */
    public void regrant(String subscriptionId, Permissions permissions, String by, Instant now) {
        this.subscriptionId = Objects.requireNonNull(subscriptionId);
        this.grantedBy = Objects.requireNonNull(by);
        this.grantedAt = Objects.requireNonNull(now);
        this.revokedBy = null;
        this.revokedAt = null;
        change(permissions, by, now);
    }

    /** Narrows or widens a live grant. */
    public void change(Permissions permissions, String by, Instant now) {
        this.serviceProviderAccess = true;
        Objects.requireNonNull(permissions.expiresAt());
        this.permissions = permissions;
        this.expiryRecorded = !now.isBefore(permissions.expiresAt());
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new Conflict("The experts' access was revoked already, on " + Permissions.shown(revokedAt) + " by " + revokedBy + ".");
        }
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = Objects.requireNonNull(now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Notes that the expiry is in the audit trail, so the sweep records it once. */
    public void expiryRecorded() {
        this.expiryRecorded = true;
    }

    /** Whether this grant is live for the given subscription: not revoked, not expired. */
    public boolean liveFor(String currentSubscriptionId, Instant now) {
        return subscriptionId.equals(currentSubscriptionId) && revokedAt == null && now.isBefore(permissions.expiresAt());
    }

    /** The grant as the access rule reads it. */
    public AccessGrant toRule() {
        return new AccessGrant(permissions.levels(), serviceProviderAccess, permissions.allDevices(), permissions.expiresAt(), revokedAt);
    }

    public Permissions permissions() {
        return permissions;
    }

    /** The state for the audit trail. */
    public String describe() {
        return permissions.describe() + (revokedAt == null ? "" : "; revokedAt=" + revokedAt + "; revokedBy=" + revokedBy);
    }

    /** The highest level granted, as experts see it in their tenant list. */
    public String levelLabel() {
        if (permissions.respondDirectly()) {
            return AccessLevel.RESPOND_DIRECTLY.label();
        }
        return permissions.investigateAndGuide() ? AccessLevel.INVESTIGATE_AND_GUIDE.label() : "Service provider access only";
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public boolean isServiceProviderAccess() {
        return serviceProviderAccess;
    }

    public boolean isInvestigateAndGuide() {
        return permissions.investigateAndGuide();
    }

    public boolean isRespondDirectly() {
        return permissions.respondDirectly();
    }

    public boolean isAllDevices() {
        return permissions.allDevices();
    }

    public Instant getExpiresAt() {
        return permissions.expiresAt();
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
