package org.mxdr.access.entity;

/** The levels a tenant admin grants, with the seed's labels. */
public enum AccessLevel {
    /** The default; maps to Security Reader. */
    INVESTIGATE_AND_GUIDE("Investigate incidents and guide my responses"),
    /** Recommended; maps to Security Operator. */
    RESPOND_DIRECTLY("Respond directly to active threats");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
