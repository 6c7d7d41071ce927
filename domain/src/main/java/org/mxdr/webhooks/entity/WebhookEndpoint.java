package org.mxdr.webhooks.entity;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;

/**
 * A tenant's webhook endpoint: where its events go, which types it wants, and the secret that
 * signs each delivery. An endpoint failing for {@link #FAILURE_WINDOW} without a single success
 * disables itself; enabling it again starts afresh.
 * <p>
 * The secret is stored as it was generated, not hashed: unlike a password, which the server only
 * has to check, a signing key must be used by the server for every delivery (HMAC needs the key
 * itself). Encrypting it under a key held by the same server would protect nothing a database
 * reader could not undo with that server's configuration, so it is stored plainly, shown to the
 * tenant once at registration, never answered again, left out of the tenant's export, and
 * replaced by registering a new endpoint.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = WebhookEndpoint.OF_TENANT, query = "SELECT e FROM WebhookEndpoint e WHERE e.tenantId = :tenantId ORDER BY e.createdAt, e.id")
@NamedQuery(name = WebhookEndpoint.SUBSCRIBED, query = "SELECT e FROM WebhookEndpoint e WHERE e.tenantId = :tenantId AND e.enabled = TRUE")
public class WebhookEndpoint {
    public static final String OF_TENANT = "WebhookEndpoint.ofTenant";
    public static final String SUBSCRIBED = "WebhookEndpoint.subscribed";
    public static final int MAX_PER_TENANT = 20;
    public static final Duration FAILURE_WINDOW = Duration.ofHours(24);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = WebhookTarget.URL_MAX)
    private String url;

    /** The wire names of the wanted event types, comma-separated. */
    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_reason", length = 300)
    private String disabledReason;

    @Version
    private long version;

    protected WebhookEndpoint() {
    }

    public static WebhookEndpoint register(String tenantId, URI url, Collection<String> events, Boolean enabled, String by, Instant now) {
        WebhookEndpoint e = new WebhookEndpoint();
        e.id = UUID.randomUUID().toString();
        e.tenantId = Objects.requireNonNull(tenantId);
        e.url = url.toString();
        e.events = wireNames(parse(events));
        e.enabled = enabled == null || enabled;
        e.secret = WebhookSignature.newSecret();
        e.createdBy = by;
        e.createdAt = now;
        return e;
    }

    /** Changes what was given; enabling a disabled endpoint clears its failure record. */
    public void change(URI newUrl, Collection<String> newEvents, Boolean newEnabled) {
        if (newUrl != null) {
            url = newUrl.toString();
        }
        if (newEvents != null) {
            events = wireNames(parse(newEvents));
        }
        if (newEnabled != null) {
            if (newEnabled && !enabled) {
                failingSince = null;
                disabledAt = null;
                disabledReason = null;
            }
            enabled = newEnabled;
        }
    }

    /** Records a failed attempt; answers true when this failure ends the window and disables the endpoint. */
    public boolean failed(Instant now) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (enabled && !now.isBefore(failingSince.plus(FAILURE_WINDOW))) {
            enabled = false;
            disabledAt = now;
            disabledReason = "Every delivery failed for 24 hours (since " + failingSince + ").";
            return true;
        }
        return false;
    }

    public void succeeded() {
        failingSince = null;
    }

    public boolean subscribes(EventType type) {
        return eventTypes().contains(type);
    }

    public Set<EventType> eventTypes() {
        return Arrays.stream(events.split(",")).map(n -> EventType.ofWireName(n).orElseThrow()).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(EventType.class)));
    }

    public List<String> eventNames() {
        return List.of(events.split(","));
    }

    /** The wanted types: at least one, each a known wire name; 400 on {@code events} otherwise. */
    static Set<EventType> parse(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            throw new BadInput("events", "Choose at least one event type.");
        }
        Set<EventType> types = new LinkedHashSet<>();
        for (String name : names) {
            String n = name == null ? "" : name.strip();
            types.add(EventType.ofWireName(n).orElseThrow(() -> new BadInput("events", "'" + n + "' is not an event type; use one of "
                    + Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", ")) + ".")));
        }
        return types;
    }

    private static String wireNames(Set<EventType> types) {
        return EnumSet.copyOf(types).stream().map(EventType::wireName).collect(Collectors.joining(","));
    }

    public String describe() {
        return "url=" + url + "; events=" + events + "; enabled=" + enabled;
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUrl() {
        return url;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getSecret() {
        return secret;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledReason() {
        return disabledReason;
    }

    public long getVersion() {
        return version;
    }
}
