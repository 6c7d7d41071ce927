package org.mxdr.webhooks.view;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.platform.view.InstantConverter;
import org.mxdr.webhooks.boundary.WebhookService;
import org.mxdr.webhooks.entity.EventType;
import org.mxdr.webhooks.entity.WebhookEndpoint;

/** Settings › Webhooks: the tenant's endpoints, registering one (its secret shown once), enabling, disabling, removing. */
@Named
@ViewScoped
public class WebhooksView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "webhookForm";
    @Inject
    transient UserService users;

    @Inject
    transient WebhookService webhooks;

    private String tenantId;
    private List<WebhookEndpoint> list = List.of();
    private String url;
    private List<String> events = List.of(EventType.INCIDENT_CREATED.wireName(), EventType.INCIDENT_UPDATED.wireName(),
            EventType.INCIDENT_RESOLVED.wireName());
    /** The secret of the endpoint just registered: shown on this view only, once. */
    private String newSecret;
    private String newUrl;

    public void load() {
        tenantId = users.me().tenantId();
        list = webhooks.list(tenantId);
    }

    public void register() {
        try {
            WebhookEndpoint made = webhooks.register(tenantId, url, events, true);
            newSecret = made.getSecret();
            newUrl = made.getUrl();
            url = null;
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        list = webhooks.list(tenantId);
    }

    public void enable(String endpointId, boolean enabled) {
        try {
            webhooks.change(tenantId, endpointId, null, null, enabled);
            FieldMessages.info(enabled ? "The endpoint is enabled: new events go to it again." : "The endpoint is disabled: it gets no new events.");
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        list = webhooks.list(tenantId);
    }

    public void remove(String endpointId) {
        try {
            webhooks.remove(tenantId, endpointId);
            FieldMessages.info("The endpoint is removed with its deliveries.");
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        list = webhooks.list(tenantId);
    }

    /** The state in words: enabled, failing since when, or disabled and why. */
    public String state(WebhookEndpoint e) {
        if (!e.isEnabled()) {
            return e.getDisabledAt() == null ? "Disabled" : "Disabled: " + e.getDisabledReason();
        }
        return e.getFailingSince() == null ? "Enabled" : "Enabled, failing since " + InstantConverter.shown(e.getFailingSince());
    }

    public String events(WebhookEndpoint e) {
        return e.eventTypes().size() == EventType.values().length ? "All events" : String.join(", ", e.eventNames());
    }

    public List<String> getEventTypes() {
        return Arrays.stream(EventType.values()).map(EventType::wireName).toList();
    }

    public List<WebhookEndpoint> getList() {
        return list;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEvents() {
        return events;
    }

    public void setEvents(List<String> events) {
        this.events = events;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getNewUrl() {
        return newUrl;
    }
}
