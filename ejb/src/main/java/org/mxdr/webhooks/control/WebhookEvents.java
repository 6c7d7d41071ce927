package org.mxdr.webhooks.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.webhooks.entity.EventType;
import org.mxdr.webhooks.entity.WebhookDelivery;
import org.mxdr.webhooks.entity.WebhookEndpoint;
import org.mxdr.webhooks.entity.WebhookEvent;

/**
 * The one way a change tells a tenant's systems about itself: the event is written in the
 * caller's transaction, so it exists if and only if the change commits; delivery to the
 * tenant's webhook endpoints happens later and never fails or delays the change.
 * <p>
 * The fan-out happens here too: one delivery row per enabled endpoint that wants the type, in
 * the same transaction, so every subscribed endpoint gets the event at least once. After the
 * commit the sender tries them at once.
 */
@Stateless
@PermitAll
public class WebhookEvents {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<WebhooksQueued> queued;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public WebhookEvent publish(String tenantId, EventType type, JsonObject data) {
        Instant now = Instant.now(clock);
        WebhookEvent event = WebhookEvent.of(tenantId, type, data.toString(), now);
        em.persist(event);
        boolean any = false;
        for (WebhookEndpoint endpoint : em.createNamedQuery(WebhookEndpoint.SUBSCRIBED, WebhookEndpoint.class)
                .setParameter("tenantId", tenantId).getResultList()) {
            if (endpoint.subscribes(type)) {
                em.persist(WebhookDelivery.of(endpoint, event, now));
                any = true;
            }
        }
        if (any) {
            queued.fire(new WebhooksQueued(event.getId()));
        }
        return event;
    }
}
