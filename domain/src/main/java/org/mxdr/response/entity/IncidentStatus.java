package org.mxdr.response.entity;

/** Where an incident is in its flow: new, in progress with the experts, awaiting the customer, resolved. */
public enum IncidentStatus {
    NEW("New"),
    IN_PROGRESS("In progress"),
    AWAITING_CUSTOMER("Awaiting customer action"),
    RESOLVED("Resolved");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
