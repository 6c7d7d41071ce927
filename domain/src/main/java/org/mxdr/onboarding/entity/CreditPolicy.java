package org.mxdr.onboarding.entity;

/** How a subscription's question credits are assigned: monthly (the default) or quarterly. */
public enum CreditPolicy {
    MONTHLY("Monthly: two credits on the first of each month"),
    QUARTERLY("Quarterly: ten credits at the start of each quarter");

    private final String label;

    CreditPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
