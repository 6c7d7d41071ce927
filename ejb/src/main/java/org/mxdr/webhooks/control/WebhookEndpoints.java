package org.mxdr.webhooks.control;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.NotFound;
import org.mxdr.webhooks.entity.EventType;
import org.mxdr.webhooks.entity.WebhookAttempt;
import org.mxdr.webhooks.entity.WebhookDelivery;
import org.mxdr.webhooks.entity.WebhookEndpoint;
import org.mxdr.webhooks.entity.WebhookTarget;

/**
 * A tenant's webhook endpoints and their deliveries: registered, changed and removed with an
 * audit record each; the URL checked against the SSRF rule every time it is given. Callers are
 * boundaries that checked the rights.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class WebhookEndpoints {

    /** One delivery of the list: the row, its event's type and its attempts, newest first. */
    public record Delivery(WebhookDelivery delivery, EventType type, List<WebhookAttempt> attempts) {
    }

    /** A page of deliveries, newest first, and where the next starts (null on the last page). */
    public record DeliveryPage(List<Delivery> items, String nextCursor) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Tenants tenants;

    @Inject
    Event<WebhooksQueued> queued;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WebhookEndpoint> of(String tenantId) {
        tenants.find(tenantId);
        return em.createNamedQuery(WebhookEndpoint.OF_TENANT, WebhookEndpoint.class).setParameter("tenantId", tenantId)
                .setMaxResults(WebhookEndpoint.MAX_PER_TENANT).getResultList();
    }

    /** The endpoint of this tenant; another tenant's is a 404, as an unknown one is. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookEndpoint in(String tenantId, String endpointId) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, endpointId == null ? "" : endpointId);
        if (endpoint == null || !endpoint.getTenantId().equals(tenantId)) {
            throw new NotFound("There is no webhook endpoint with the id '" + endpointId + "' in this tenant.");
        }
        return endpoint;
    }

    public WebhookEndpoint register(String actor, String tenantId, String url, List<String> events, Boolean enabled) {
        tenants.locked(tenantId);
        URI checked = WebhookTarget.check(url, WebhookSender.allowPrivate(), WebhookTarget.DNS);
        WebhookEndpoint endpoint = WebhookEndpoint.register(tenantId, checked, events, enabled, actor, Instant.now(clock));
        if (of(tenantId).size() >= WebhookEndpoint.MAX_PER_TENANT) {
            throw new Conflict("A tenant has at most " + WebhookEndpoint.MAX_PER_TENANT + " webhook endpoints.");
        }
        em.persist(endpoint);
        audit.record(actor, tenantId, "webhook.registered", null, endpoint.describe());
        return endpoint;
    }

    /** Changes what is given (null keeps it); enabling a disabled endpoint starts its failure window afresh. */
    public WebhookEndpoint change(String actor, String tenantId, String endpointId, String url, List<String> events, Boolean enabled) {
        WebhookEndpoint endpoint = in(tenantId, endpointId);
        em.lock(endpoint, LockModeType.PESSIMISTIC_WRITE);
        String before = endpoint.describe();
        URI checked = url == null ? null : WebhookTarget.check(url, WebhookSender.allowPrivate(), WebhookTarget.DNS);
        endpoint.change(checked, events, enabled);
        audit.record(actor, tenantId, "webhook.changed", before, endpoint.describe());
        return endpoint;
    }

    /** Removes the endpoint with its deliveries and their attempts. */
    public void remove(String actor, String tenantId, String endpointId) {
        WebhookEndpoint endpoint = in(tenantId, endpointId);
        em.createQuery("DELETE FROM WebhookAttempt a WHERE a.deliveryId IN (SELECT d.id FROM WebhookDelivery d WHERE d.endpointId = :e)")
                .setParameter("e", endpoint.getId()).executeUpdate();
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.endpointId = :e").setParameter("e", endpoint.getId()).executeUpdate();
        em.remove(endpoint);
        audit.record(actor, tenantId, "webhook.removed", endpoint.describe(), null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DeliveryPage deliveries(String tenantId, String endpointId, Cursor after, int size) {
        WebhookEndpoint endpoint = in(tenantId, endpointId);
        String where = after == null ? "" : Cursor.condition("d.createdAt", true, "d.id", true, "at", "id");
        TypedQuery<Object[]> query = em.createQuery("SELECT d, ev.type FROM WebhookDelivery d, WebhookEvent ev WHERE ev.id = d.eventId"
                + " AND d.endpointId = :e" + where + " ORDER BY d.createdAt DESC, d.id DESC", Object[].class)
                .setParameter("e", endpoint.getId()).setMaxResults(size + 1);
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        List<Object[]> rows = query.getResultList();
        List<Object[]> page = rows.subList(0, Math.min(size, rows.size()));
        Map<String, List<WebhookAttempt>> attempts = page.isEmpty() ? Map.of()
                : em.createNamedQuery(WebhookAttempt.OF_DELIVERIES, WebhookAttempt.class)
                        .setParameter("ids", page.stream().map(r -> ((WebhookDelivery) r[0]).getId()).toList()).getResultList().stream()
                        .collect(Collectors.groupingBy(WebhookAttempt::getDeliveryId));
        List<Delivery> items = page.stream().map(r -> new Delivery((WebhookDelivery) r[0], (EventType) r[1],
                attempts.getOrDefault(((WebhookDelivery) r[0]).getId(), List.of()))).toList();
        String next = null;
        if (rows.size() > size) {
            WebhookDelivery last = items.get(items.size() - 1).delivery();
            next = new Cursor(last.getCreatedAt(), last.getId()).encode();
        }
        return new DeliveryPage(items, next);
    }

    /** Sends a delivery again now (also one that arrived), with a fresh retry window; refused while the endpoint is disabled. */
    public WebhookDelivery redeliver(String actor, String tenantId, String endpointId, String deliveryId) {
        WebhookEndpoint endpoint = in(tenantId, endpointId);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId == null ? "" : deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.getEndpointId().equals(endpoint.getId())) {
            throw new NotFound("There is no delivery with the id '" + deliveryId + "' to this endpoint.");
        }
        if (!endpoint.isEnabled()) {
            throw new Conflict("The endpoint is disabled; enable it first, then send the delivery again.");
        }
        delivery.redeliver(Instant.now(clock));
        audit.record(actor, tenantId, "webhook.redelivered", null, "url=" + endpoint.getUrl() + "; event=" + delivery.getEventId());
        queued.fire(new WebhooksQueued(delivery.getEventId()));
        return delivery;
    }
}
