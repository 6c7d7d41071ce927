package org.mxdr.response.entity;

/** A response action's state: run by the experts, waiting for the customer's approval, or a card awaiting the customer's answer. */
public enum ActionState {
    IN_PROGRESS("In progress"),
    COMPLETED("Completed"),
    FAILED("Failed"),
    AWAITING_CUSTOMER("Awaiting customer"),
    CUSTOMER_COMPLETED("Completed by the customer"),
    SKIPPED("Skipped by the customer"),
    AWAITING_APPROVAL("Awaiting the customer's approval"),
    DENIED("Denied by the customer");

    private final String label;

    ActionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for the platform or the customer: the incident cannot be resolved yet. */
    public boolean open() {
        return this == IN_PROGRESS || this == AWAITING_CUSTOMER || this == AWAITING_APPROVAL;
    }
}
