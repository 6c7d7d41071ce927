package org.mxdr.response.entity;

/** Who has the incident in hand. */
public enum Assignee {
    UNASSIGNED("Unassigned"),
    EXPERTS("Experts"),
    CUSTOMER("Customer");

    private final String label;

    Assignee(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
