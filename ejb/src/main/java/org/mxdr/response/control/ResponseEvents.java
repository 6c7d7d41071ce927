package org.mxdr.response.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/**
 * What an incident's changes tell the tenant's own systems (webhook events), published in the
 * change's transaction. The data names the incident by its id and the platform's external id,
 * so a receiver can fetch the rest from the API.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ResponseEvents {

    @Inject
    WebhookEvents events;

    public void created(Incident incident) {
        events.publish(incident.getTenantId(), EventType.INCIDENT_CREATED, incident(incident).build());
    }

    /** Taken, classified, or changed by the platform. */
    public void updated(Incident incident) {
        events.publish(incident.getTenantId(), EventType.INCIDENT_UPDATED, incident(incident).build());
    }

    public void resolved(Incident incident) {
        events.publish(incident.getTenantId(), EventType.INCIDENT_RESOLVED, incident(incident).build());
    }

    public void awaitingCustomer(Incident incident, ResponseAction card) {
        events.publish(incident.getTenantId(), EventType.ACTION_AWAITING_CUSTOMER, action(incident, card));
    }

    /** Publishes action.completed when the action is now completed, by the platform or by the customer. */
    public void answered(Incident incident, ResponseAction action) {
        if (action.getState() == ActionState.COMPLETED || action.getState() == ActionState.CUSTOMER_COMPLETED) {
            events.publish(incident.getTenantId(), EventType.ACTION_COMPLETED, action(incident, action));
        }
    }

    private static JsonObjectBuilder incident(Incident i) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("incidentId", i.getId()).add("key", i.getKey()).add("externalId", i.getExternalId())
                .add("title", i.getTitle()).add("severity", i.getSeverity().name()).add("status", i.getStatus().name());
        if (i.getAssignedTo() != null) {
            b.add("assignedTo", i.getAssignedTo().name());
        }
        if (i.getClassification() != null) {
            b.add("classification", i.getClassification().name());
        }
        if (i.getResolvedAt() != null) {
            b.add("resolvedAt", i.getResolvedAt().toString());
        }
        return b;
    }

    private static JsonObject action(Incident incident, ResponseAction a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("incidentId", incident.getId()).add("externalId", incident.getExternalId())
                .add("actionId", a.getId()).add("type", a.getType().name()).add("target", a.getTarget()).add("state", a.getState().name())
                .add("recommended", a.isRecommended());
        if (a.getReason() != null && a.getState() == ActionState.AWAITING_CUSTOMER) {
            b.add("reason", a.getReason());
        }
        return b.build();
    }
}
