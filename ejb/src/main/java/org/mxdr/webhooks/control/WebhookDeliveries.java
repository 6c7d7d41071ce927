package org.mxdr.webhooks.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.Settings;
import org.mxdr.webhooks.entity.WebhookDelivery;
import org.mxdr.webhooks.entity.WebhookEndpoint;
import org.mxdr.webhooks.entity.WebhookEvent;

/**
 * The webhook outbox's bookkeeping, each step in its own short transaction, so no transaction is
 * open while a receiver is being called. A row is claimed with a conditional update that only one
 * node (or thread) can win, so two nodes never send the same attempt at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {
    /** How long a claim keeps others away from a row: longer than any attempt can take. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A claimed delivery, detached from the database: everything the sender needs. */
    public record Parcel(String deliveryId, String tenantId, String url, String secret, String eventId, String body) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EndpointFailures failures;

    public List<String> due(int max) {
        return em.createNamedQuery(WebhookDelivery.DUE, String.class).setParameter("pending", WebhookDelivery.Status.PENDING)
                .setParameter("now", Instant.now(clock)).setMaxResults(max).getResultList();
    }

    public Optional<Parcel> claim(String id) {
        Instant now = Instant.now(clock);
        int won = em.createNamedQuery(WebhookDelivery.CLAIM).setParameter("until", now.plus(LEASE)).setParameter("id", id)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("now", now).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        WebhookEvent event = em.find(WebhookEvent.class, delivery.getEventId());
        return Optional.of(new Parcel(id, delivery.getTenantId(), endpoint.getUrl(), endpoint.getSecret(), event.getId(), body(event)));
    }

    /** The delivered JSON: {@code {id, type, tenantId, occurredAt, data}}, the same for every attempt. */
    static String body(WebhookEvent event) {
        return Json.createObjectBuilder().add("id", event.getId()).add("type", event.getType().wireName())
                .add("tenantId", event.getTenantId())
                .add("occurredAt", DateTimeFormatter.ISO_INSTANT.format(event.getOccurredAt().atOffset(ZoneOffset.UTC)))
                .add("data", Json.createReader(new java.io.StringReader(event.getData())).readObject()).build().toString();
    }

    public void delivered(String id, int statusCode, long durationMs) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        em.persist(delivery.delivered(statusCode, Instant.now(clock), durationMs));
        failures.succeeded(delivery.getEndpointId());
    }

    public void failed(String id, Integer statusCode, String error, long durationMs) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        Instant now = Instant.now(clock);
        em.persist(delivery.failed(statusCode, error, now, durationMs, retryBase()));
        failures.failed(delivery.getEndpointId(), now);
    }

    static Duration retryBase() {
        return Duration.ofSeconds(Settings.get("webhook.retry.seconds").map(Long::parseLong).orElse(30L));
    }

    /** For tests and operators: the row as stored. */
    public WebhookDelivery find(String id) {
        return em.find(WebhookDelivery.class, id);
    }
}
