package org.mxdr.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class WebhookDeliveryTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    private static WebhookEndpoint endpoint() {
        return WebhookEndpoint.register("t1", URI.create("https://hooks.example.com/in"), List.of("incident.created", "incident.resolved"),
                null, "ada", T0);
    }

    @Test
    void theWaitDoublesUpToAnHourAndTheDeliveryIsGivenUpAfter24Hours() {
        WebhookDelivery d = WebhookDelivery.of(endpoint(), WebhookEvent.of("t1", EventType.INCIDENT_CREATED, "{}", T0), T0);
        assertEquals(T0, d.getNextAttemptAt());
        Instant at = T0;
        List<Long> waits = new java.util.ArrayList<>();
        while (d.getStatus() == WebhookDelivery.Status.PENDING) {
            WebhookAttempt a = d.failed(503, "The receiver answered 503.", at, 12, BASE);
            assertEquals(503, a.getStatusCode());
            if (d.getStatus() == WebhookDelivery.Status.PENDING) {
                waits.add(Duration.between(at, d.getNextAttemptAt()).toSeconds());
                at = d.getNextAttemptAt();
            }
        }
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L), waits.subList(0, 8));
        assertEquals(WebhookDelivery.Status.FAILED, d.getStatus());
        assertFalse(at.isBefore(T0.plus(Duration.ofHours(24))), "given up only after 24 hours: " + at);
        assertTrue(d.getAttempts() < 40, "about 30 attempts in 24 hours: " + d.getAttempts());
    }

    @Test
    void aRedeliveryStartsAFreshWindowAndASuccessEndsIt() {
        WebhookDelivery d = WebhookDelivery.of(endpoint(), WebhookEvent.of("t1", EventType.INCIDENT_CREATED, "{}", T0), T0);
        d.failed(null, "Connection refused", T0.plus(Duration.ofHours(25)), 1, BASE);
        assertEquals(WebhookDelivery.Status.FAILED, d.getStatus());
        Instant later = T0.plus(Duration.ofDays(2));
        d.redeliver(later);
        assertEquals(WebhookDelivery.Status.PENDING, d.getStatus());
        assertEquals(later, d.getNextAttemptAt());
        WebhookAttempt ok = d.delivered(204, later, 40);
        assertEquals(WebhookDelivery.Status.DELIVERED, d.getStatus());
        assertEquals(204, d.getLastStatusCode());
        assertNull(ok.getError());
    }

    @Test
    void anEndpointDisablesItselfAfter24HoursOfFailuresAndASuccessResetsTheWindow() {
        WebhookEndpoint e = endpoint();
        assertTrue(e.isEnabled());
        assertFalse(e.failed(T0));
        assertFalse(e.failed(T0.plus(Duration.ofHours(23))));
        e.succeeded();
        assertFalse(e.failed(T0.plus(Duration.ofHours(30))), "the window starts again after a success");
        assertTrue(e.failed(T0.plus(Duration.ofHours(54))));
        assertFalse(e.isEnabled());
        assertFalse(e.failed(T0.plus(Duration.ofHours(55))), "disabled once");
        e.change(null, null, true);
        assertTrue(e.isEnabled());
        assertNull(e.getFailingSince());
    }

    @Test
    void eventTypesAreKnownWireNames() {
        assertEquals(List.of("incident.created", "incident.resolved"), endpoint().eventNames());
        assertTrue(endpoint().subscribes(EventType.INCIDENT_RESOLVED));
        assertFalse(endpoint().subscribes(EventType.GRANT_CHANGED));
        assertEquals("events", assertThrows(BadInput.class, () -> WebhookEndpoint.parse(List.of())).field());
        BadInput unknown = assertThrows(BadInput.class, () -> WebhookEndpoint.parse(List.of("incident.created", "incident.deleted")));
        assertEquals("events", unknown.field());
        assertTrue(unknown.getMessage().contains("'incident.deleted'"));
    }
}
