package org.mxdr.access.boundary;

/** Where the experts' access to a tenant stands, as the tenant admin and the API see it. */
public enum GrantStatus {
    NOT_GRANTED("Not granted: the experts have no access yet."),
    SCHEDULED("Granted; it takes effect when the subscription starts."),
    ACTIVE("Active: the experts work within these permissions."),
    SERVICE_ACCESS_ONLY("Service provider access only: without an additional level the experts can neither investigate nor act."),
    REVOKED("Revoked: the experts have no access."),
    EXPIRED("Expired: the experts have no access."),
    NO_SUBSCRIPTION("No active subscription: the experts have no access.");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The badge's style: green while the experts can work, amber while they can sign in but do nothing, grey otherwise. */
    public String badge() {
        return this == SERVICE_ACCESS_ONLY ? "warn" : live() ? "ok" : "off";
    }

    public boolean live() {
        return this == ACTIVE || this == SCHEDULED || this == SERVICE_ACCESS_ONLY;
    }
}
