package org.mxdr.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/** The event types of the API contract, with the names they have on the wire. */
public enum EventType {
    INCIDENT_CREATED("incident.created"),
    INCIDENT_UPDATED("incident.updated"),
    INCIDENT_RESOLVED("incident.resolved"),
    ACTION_AWAITING_CUSTOMER("action.awaiting_customer"),
    ACTION_COMPLETED("action.completed"),
    APPROVAL_REQUESTED("approval.requested"),
    QUESTION_ANSWERED("question.answered"),
    GRANT_CHANGED("grant.changed"),
    SLA_BREACHED("sla.breached"),
    CREDITS_EXPIRING("credits.expiring");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
