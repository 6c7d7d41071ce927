package org.mxdr.webhooks.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One attempt to deliver an event: when, the receiver's status code (none when it could not be reached), and why it failed. */
@Entity
@Table(name = "webhook_attempt")
@NamedQuery(name = WebhookAttempt.OF_DELIVERIES, query = "SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :ids ORDER BY a.attemptedAt DESC, a.id")
public class WebhookAttempt {
    public static final String OF_DELIVERIES = "WebhookAttempt.ofDeliveries";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "delivery_id", nullable = false, length = 36)
    private String deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = WebhookDelivery.ERROR_MAX)
    private String error;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected WebhookAttempt() {
    }

    static WebhookAttempt of(WebhookDelivery delivery, Instant at, Integer statusCode, String error, long durationMs) {
        WebhookAttempt a = new WebhookAttempt();
        a.id = UUID.randomUUID().toString();
        a.tenantId = delivery.getTenantId();
        a.deliveryId = delivery.getId();
        a.attemptedAt = at;
        a.statusCode = statusCode;
        a.error = error;
        a.durationMs = durationMs;
        return a;
    }

    public String getId() {
        return id;
    }

    public String getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public long getDurationMs() {
        return durationMs;
    }
}
