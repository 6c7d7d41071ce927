package org.mxdr.webhooks.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.webhooks.entity.EventType;
import org.mxdr.webhooks.entity.WebhookEvent;

/**
 * The one way a change tells a tenant's systems about itself: the event is written in the
 * caller's transaction, so it exists if and only if the change commits; delivery to the
 * tenant's webhook endpoints happens later and never fails or delays the change.
 */
@Stateless
@PermitAll
public class WebhookEvents {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public WebhookEvent publish(String tenantId, EventType type, JsonObject data) {
        WebhookEvent event = WebhookEvent.of(tenantId, type, data.toString(), Instant.now(clock));
        em.persist(event);
        return event;
    }
}
