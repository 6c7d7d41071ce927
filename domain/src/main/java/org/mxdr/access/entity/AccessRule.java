package org.mxdr.access.entity;

import java.time.Instant;

import org.mxdr.access.entity.AccessDecision.Reason;

/**
 * The experts' access rule, in one place: an expert's right inside a tenant is an
 * active subscription, service provider access, an unexpired and unrevoked grant of the level the
 * operation needs, and the assets within the grant's device scope; excluded assets get guidance
 * only, never an action. Checked in this order so the reason names the first thing missing.
 * Then, for an action the grant allows, the tenant's response policy: it may ask for approval or
 * allow guidance only, never widen what the grant allows.
 */
public final class AccessRule {
    private AccessRule() {
    }

    /**
     * @param grant  the tenant's grant, or null when it never granted anything
     * @param policy the response policy's mode for the action on its assets, or null when no rule applies
     */
    public static AccessDecision decide(boolean subscriptionActive, AccessGrant grant, Operation operation, AssetScope assets,
                                        ResponseMode policy, Instant now) {
        AccessDecision granted = decide(subscriptionActive, grant, operation, assets, now);
        if (!granted.allowed() || !operation.needsOperatorLevel() || policy == null || policy == ResponseMode.ACT) {
            return granted;
        }
        return AccessDecision.deny(policy == ResponseMode.APPROVE ? Reason.APPROVAL_REQUIRED : Reason.POLICY_GUIDANCE);
    }

    /**
     * @param grant the tenant's grant, or null when it never granted anything
     */
    public static AccessDecision decide(boolean subscriptionActive, AccessGrant grant, Operation operation, AssetScope assets,
                                        Instant now) {
        if (!subscriptionActive) {
            return AccessDecision.deny(Reason.NO_SUBSCRIPTION);
        }
        if (grant == null || grant.levels().isEmpty()) {
            return AccessDecision.deny(Reason.NO_GRANT);
        }
        if (grant.revoked()) {
            return AccessDecision.deny(Reason.REVOKED);
        }
        if (grant.expiredAt(now)) {
            return AccessDecision.deny(Reason.EXPIRED);
        }
        if (!grant.serviceProviderAccess()) {
            return AccessDecision.deny(Reason.NO_SERVICE_PROVIDER_ACCESS);
        }
        if (operation.needsOperatorLevel() && !grant.levels().contains(AccessLevel.RESPOND_DIRECTLY)) {
            return AccessDecision.deny(Reason.LEVEL_TOO_LOW);
        }
        if (!grant.allDevices() && assets.deviceInGroup()) {
            return AccessDecision.deny(Reason.DEVICE_GROUPS_WITHHELD);
        }
        if (operation.needsOperatorLevel() && assets.excluded()) {
            return AccessDecision.deny(Reason.EXCLUDED_ASSET);
        }
        return AccessDecision.allow();
    }
}
