package org.mxdr.access.entity;

/** The answer of the access rule: allowed or not, and why, in words for the log and the expert. */
public record AccessDecision(boolean allowed, Reason reason) {

    public enum Reason {
        ALLOWED("Allowed by the tenant's active grant."),
        NO_SUBSCRIPTION("The tenant has no active subscription."),
        NO_GRANT("The tenant has granted the experts no access."),
        REVOKED("The tenant revoked the experts' access."),
        EXPIRED("The experts' access to this tenant has expired."),
        NO_SERVICE_PROVIDER_ACCESS("Service provider access is off for this tenant."),
        LEVEL_TOO_LOW("Running a response action needs the level 'Respond directly to active threats'."),
        DEVICE_GROUPS_WITHHELD("The tenant withholds security data of devices in device groups from the experts."),
        EXCLUDED_ASSET("The asset is excluded: the experts may only guide the customer about it."),
        APPROVAL_REQUIRED("The tenant's response policy asks for its approval before the experts run this action."),
        POLICY_GUIDANCE("The tenant's response policy lets the experts only guide the customer on this action.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Not allowed yet: the tenant's operators or admins must approve the action first. */
    public boolean needsApproval() {
        return reason == Reason.APPROVAL_REQUIRED;
    }

    /**
     * What an expert is told: a tenant without a subscription looks like any tenant that granted
     * nothing, so experts cannot tell which organisations are customers.
     */
    public AccessDecision seenByExpert() {
        return !allowed && reason == Reason.NO_SUBSCRIPTION ? noGrant() : this;
    }

    public static AccessDecision noGrant() {
        return deny(Reason.NO_GRANT);
    }

    static AccessDecision allow() {
        return new AccessDecision(true, Reason.ALLOWED);
    }

    static AccessDecision deny(Reason reason) {
        return new AccessDecision(false, reason);
    }
}
