package org.mxdr.webhooks.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One event on its way to one endpoint: the webhook outbox's row. It is written in the event's
 * transaction, attempted until the receiver answers 2xx, with a doubling wait (up to
 * {@link #MAX_BACKOFF}) for {@link #RETRY_WINDOW}; then it is given up. A claim (a conditional
 * update only one node can win) keeps two nodes from sending the same attempt at once.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.DUE, query = "SELECT d.id FROM WebhookDelivery d, WebhookEndpoint e WHERE e.id = d.endpointId"
        + " AND e.enabled = TRUE AND d.status = :pending AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
        + " ORDER BY d.nextAttemptAt, d.id")
@NamedQuery(name = WebhookDelivery.CLAIM, query = "UPDATE WebhookDelivery d SET d.claimedUntil = :until, d.version = d.version + 1"
        + " WHERE d.id = :id AND d.status = :pending AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
@NamedQuery(name = WebhookDelivery.OF_ENDPOINT, query = "SELECT d FROM WebhookDelivery d WHERE d.endpointId = :endpointId"
        + " ORDER BY d.createdAt DESC, d.id DESC")
@NamedQuery(name = WebhookDelivery.COUNT_OF_ENDPOINT, query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.endpointId = :endpointId")
public class WebhookDelivery {
    public static final String DUE = "WebhookDelivery.due";
    public static final String CLAIM = "WebhookDelivery.claim";
    public static final String OF_ENDPOINT = "WebhookDelivery.ofEndpoint";
    public static final String COUNT_OF_ENDPOINT = "WebhookDelivery.countOfEndpoint";
    public static final Duration RETRY_WINDOW = Duration.ofHours(24);
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);
    public static final int ERROR_MAX = 500;

    public enum Status { PENDING, DELIVERED, FAILED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "endpoint_id", nullable = false, length = 36)
    private String endpointId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    private Instant giveUpAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public static WebhookDelivery of(WebhookEndpoint endpoint, WebhookEvent event, Instant now) {
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID().toString();
        d.tenantId = Objects.requireNonNull(event.getTenantId());
        d.endpointId = endpoint.getId();
        d.eventId = event.getId();
        d.status = Status.PENDING;
        d.createdAt = now;
        d.nextAttemptAt = now;
        d.giveUpAt = now.plus(RETRY_WINDOW);
        return d;
    }

    /** The receiver answered 2xx. */
    public WebhookAttempt delivered(int statusCode, Instant at, long durationMs) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = at;
        return attempted(statusCode, null, at, durationMs);
    }

    /** No 2xx: the next attempt after base, 2 base, 4 base ... up to an hour; given up once the window is over. */
    public WebhookAttempt failed(Integer statusCode, String error, Instant at, long durationMs, Duration base) {
        attempts++;
        if (at.isBefore(giveUpAt)) {
            nextAttemptAt = at.plus(backoff(attempts, base));
        } else {
            status = Status.FAILED;
        }
        return attempted(statusCode, error, at, durationMs);
    }

    /** Sends the event again now, with a fresh retry window; a delivered event is sent once more. */
    public void redeliver(Instant now) {
        status = Status.PENDING;
        nextAttemptAt = now;
        giveUpAt = now.plus(RETRY_WINDOW);
        claimedUntil = null;
    }

    private WebhookAttempt attempted(Integer statusCode, String error, Instant at, long durationMs) {
        claimedUntil = null;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        lastError = error == null ? null : shorten(error);
        return WebhookAttempt.of(this, at, statusCode, lastError, durationMs);
    }

    static String shorten(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > ERROR_MAX ? t.substring(0, ERROR_MAX - 3) + "..." : t;
    }

    static Duration backoff(int failures, Duration base) {
        int doublings = Math.min(Math.max(failures - 1, 0), 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getEndpointId() {
        return endpointId;
    }

    public String getEventId() {
        return eventId;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getGiveUpAt() {
        return giveUpAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatusCode() {
        return lastStatusCode;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
