package org.mxdr.access.entity;

/**
 * What a tenant's response policy lets the experts do with one action type in one scope, from
 * the freest to the most restrictive: act alone, ask the customer's approval first, or only guide.
 */
public enum ResponseMode {
    ACT("Experts act"),
    APPROVE("Ask for approval"),
    GUIDE("Guidance only");

    private final String label;

    ResponseMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The more restrictive of the two; null (no rule) is the freest. */
    public static ResponseMode stricter(ResponseMode a, ResponseMode b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() >= b.ordinal() ? a : b;
    }
}
