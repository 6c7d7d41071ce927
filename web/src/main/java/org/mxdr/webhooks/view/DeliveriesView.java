package org.mxdr.webhooks.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
import org.mxdr.webhooks.control.WebhookEndpoints.Delivery;
import org.mxdr.webhooks.control.WebhookEndpoints.DeliveryPage;
import org.mxdr.webhooks.entity.WebhookAttempt;
import org.mxdr.webhooks.entity.WebhookEndpoint;

/** Settings › Webhooks › Deliveries: one endpoint's deliveries, newest first, with each attempt's status code, and redelivery. */
@Named
@ViewScoped
public class DeliveriesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PAGE = 25;

    @Inject
    transient UserService users;

    @Inject
    transient WebhookService webhooks;

    private String id;
    private String tenantId;
    private WebhookEndpoint endpoint;
    private final List<Delivery> list = new ArrayList<>();
    private String nextCursor;

    public void load() {
        tenantId = users.me().tenantId();
        endpoint = webhooks.get(tenantId, id);
        reload();
    }

    private void reload() {
        list.clear();
        DeliveryPage first = webhooks.deliveries(tenantId, id, null, PAGE);
        list.addAll(first.items());
        nextCursor = first.nextCursor();
    }

    public void older() {
        DeliveryPage next = webhooks.deliveries(tenantId, id, nextCursor, PAGE);
        list.addAll(next.items());
        nextCursor = next.nextCursor();
    }

    public void redeliver(String deliveryId) {
        try {
            webhooks.redeliver(tenantId, id, deliveryId);
            FieldMessages.info("The event is being sent again; refresh to see the attempt.");
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show("deliveryForm", refused);
        }
        endpoint = webhooks.get(tenantId, id);
        reload();
    }

    public void refresh() {
        endpoint = webhooks.get(tenantId, id);
        reload();
    }

    /** The attempts in words, newest first: "503 at 2026-12-01 10:00 UTC; no answer (timeout) at ...". */
    public String attempts(Delivery d) {
        if (d.attempts().isEmpty()) {
            return "Not attempted yet";
        }
        return d.attempts().stream().map(DeliveriesView::attempt).collect(Collectors.joining("; "));
    }

    private static String attempt(WebhookAttempt a) {
        String what = a.getStatusCode() != null ? String.valueOf(a.getStatusCode()) : "no answer";
        return what + " at " + InstantConverter.shown(a.getAttemptedAt());
    }

    public boolean isMore() {
        return nextCursor != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public List<Delivery> getList() {
        return list;
    }
}
