package org.mxdr.webhooks.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event of a tenant, as its webhook receivers get it: {@code {id, type, tenantId,
 * occurredAt, data}}. It is immutable; the id is the {@code X-MXDR-Event-Id} a receiver
 * de-duplicates on, the same in every delivery of the event.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {
    public static final int DATA_MAX = 100_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Convert(converter = WireName.class)
    @Column(nullable = false, length = 40)
    private EventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The event's {@code data} object as JSON text. */
    @Column(nullable = false, length = DATA_MAX)
    private String data;

    protected WebhookEvent() {
    }

    public static WebhookEvent of(String tenantId, EventType type, String dataJson, Instant at) {
        if (dataJson.length() > DATA_MAX) {
            throw new IllegalArgumentException("event data too large");
        }
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID().toString();
        event.tenantId = Objects.requireNonNull(tenantId);
        event.type = Objects.requireNonNull(type);
        event.data = Objects.requireNonNull(dataJson);
        event.occurredAt = Objects.requireNonNull(at);
        return event;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public EventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getData() {
        return data;
    }

    /** Stores the type by its wire name, so the table reads as the API does. */
    @Converter
    public static class WireName implements AttributeConverter<EventType, String> {
        @Override
        public String convertToDatabaseColumn(EventType type) {
            return type == null ? null : type.wireName();
        }

        @Override
        public EventType convertToEntityAttribute(String name) {
            return name == null ? null : EventType.ofWireName(name)
                    .orElseThrow(() -> new IllegalStateException("unknown event type " + name));
        }
    }
}
