package org.mxdr.webhooks.api;

import java.time.Instant;
import java.util.List;

import org.mxdr.webhooks.control.WebhookEndpoints;
import org.mxdr.webhooks.entity.WebhookAttempt;
import org.mxdr.webhooks.entity.WebhookDelivery;

/** One delivery with its attempts, newest first: when, the receiver's status code (absent when unreachable), why it failed. */
public record DeliveryJson(String id, String eventId, String type, String status, Instant createdAt, Instant nextAttemptAt,
                           Instant deliveredAt, Integer lastStatusCode, List<Attempt> attempts) {

    public record Attempt(Instant at, Integer statusCode, String error, long durationMs) {
        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.getAttemptedAt(), a.getStatusCode(), a.getError(), a.getDurationMs());
        }
    }

    public record Page(List<DeliveryJson> items, String nextCursor) {
        static Page of(WebhookEndpoints.DeliveryPage page) {
            return new Page(page.items().stream().map(DeliveryJson::of).toList(), page.nextCursor());
        }
    }

    static DeliveryJson of(WebhookEndpoints.Delivery d) {
        return of(d.delivery(), d.type().wireName(), d.attempts());
    }

    static DeliveryJson of(WebhookDelivery d, String type, List<WebhookAttempt> attempts) {
        return new DeliveryJson(d.getId(), d.getEventId(), type, d.getStatus().name(), d.getCreatedAt(),
                d.getStatus() == WebhookDelivery.Status.PENDING ? d.getNextAttemptAt() : null, d.getDeliveredAt(), d.getLastStatusCode(),
                attempts.stream().map(Attempt::of).toList());
    }
}
