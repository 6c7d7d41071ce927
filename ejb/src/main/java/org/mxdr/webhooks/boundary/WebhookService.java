package org.mxdr.webhooks.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.webhooks.control.WebhookEndpoints;
import org.mxdr.webhooks.control.WebhookEndpoints.DeliveryPage;
import org.mxdr.webhooks.entity.WebhookDelivery;
import org.mxdr.webhooks.entity.WebhookEndpoint;

/**
 * Settings › Webhooks and {@code /tenants/{t}/webhooks}: the tenant's own admin only. The
 * endpoint's secret leaves the server once, in the answer to its registration.
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class WebhookService {
    @Inject
    Callers callers;

    @Inject
    WebhookEndpoints endpoints;

    public List<WebhookEndpoint> list(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read webhooks");
        return endpoints.of(tenantId);
    }

    public WebhookEndpoint get(@TenantId String tenantId, String endpointId) {
        callers.requireTenant(tenantId, "read webhook");
        return endpoints.in(tenantId, endpointId);
    }

    /** Registers an endpoint; the answer holds its secret, which no later call shows. */
    public WebhookEndpoint register(@TenantId String tenantId, String url, List<String> events, Boolean enabled) {
        Caller caller = callers.requireTenant(tenantId, "register webhook");
        return endpoints.register(caller.username(), tenantId, url, events, enabled);
    }

    public WebhookEndpoint change(@TenantId String tenantId, String endpointId, String url, List<String> events, Boolean enabled) {
        Caller caller = callers.requireTenant(tenantId, "change webhook");
        return endpoints.change(caller.username(), tenantId, endpointId, url, events, enabled);
    }

    public void remove(@TenantId String tenantId, String endpointId) {
        Caller caller = callers.requireTenant(tenantId, "remove webhook");
        endpoints.remove(caller.username(), tenantId, endpointId);
    }

    public DeliveryPage deliveries(@TenantId String tenantId, String endpointId, String cursor, @PageSize int size) {
        callers.requireTenant(tenantId, "read webhook deliveries");
        return endpoints.deliveries(tenantId, endpointId, Cursor.decode(cursor), size);
    }

    public WebhookDelivery redeliver(@TenantId String tenantId, String endpointId, String deliveryId) {
        Caller caller = callers.requireTenant(tenantId, "redeliver webhook");
        return endpoints.redeliver(caller.username(), tenantId, endpointId, deliveryId);
    }
}
