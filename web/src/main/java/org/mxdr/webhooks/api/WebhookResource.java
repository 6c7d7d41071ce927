package org.mxdr.webhooks.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.webhooks.boundary.WebhookService;
import org.mxdr.webhooks.entity.WebhookDelivery;
import org.mxdr.webhooks.entity.WebhookEndpoint;

@Path("tenants/{tenantId}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @Operation(summary = "The tenant's webhook endpoints, without their secrets (tenant-admin of the tenant)")
    public List<WebhookJson> list(@PathParam("tenantId") String tenantId) {
        return webhooks.list(tenantId).stream().map(WebhookJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an endpoint; the answer holds its signing secret, shown this once (tenant-admin of the tenant)",
            description = "url: http or https, resolving to public addresses only; events: wire names such as incident.created. "
                    + "Each delivery is signed: X-MXDR-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\" with the secret>.")
    public Response register(@PathParam("tenantId") String tenantId, WebhookRequest in) {
        WebhookRequest body = in == null ? new WebhookRequest(null, null, null) : in;
        WebhookEndpoint made = webhooks.register(tenantId, body.url(), body.events(), body.enabled());
        return Response.created(URI.create("tenants/" + tenantId + "/webhooks/" + made.getId())).entity(WebhookJson.withSecret(made)).build();
    }

    @GET
    @Path("{webhookId}")
    @Operation(summary = "One webhook endpoint, without its secret (tenant-admin of the tenant)")
    public WebhookJson get(@PathParam("tenantId") String tenantId, @PathParam("webhookId") String webhookId) {
        return WebhookJson.of(webhooks.get(tenantId, webhookId));
    }

    @PUT
    @Path("{webhookId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an endpoint's url, events or enabled (an absent field is kept); enabling starts its failure window afresh")
    public WebhookJson change(@PathParam("tenantId") String tenantId, @PathParam("webhookId") String webhookId, WebhookChangeRequest in) {
        WebhookChangeRequest body = in == null ? new WebhookChangeRequest(null, null, null) : in;
        return WebhookJson.of(webhooks.change(tenantId, webhookId, body.url(), body.events(), body.enabled()));
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(summary = "Remove an endpoint with its deliveries (tenant-admin of the tenant)")
    public Response remove(@PathParam("tenantId") String tenantId, @PathParam("webhookId") String webhookId) {
        webhooks.remove(tenantId, webhookId);
        return Response.noContent().build();
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(summary = "The endpoint's deliveries, newest first, each with its attempts' status codes and times",
            description = "Cursor paging: pass nextCursor as cursor for the next page.")
    public DeliveryJson.Page deliveries(@PathParam("tenantId") String tenantId, @PathParam("webhookId") String webhookId,
                                        @QueryParam("cursor") String cursor, @QueryParam("size") @DefaultValue("20") String size) {
        int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
        return DeliveryJson.Page.of(webhooks.deliveries(tenantId, webhookId, cursor, s));
    }

    @POST
    @Path("{webhookId}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again now, with a fresh 24-hour retry window (202; 409 while the endpoint is disabled)")
    public Response redeliver(@PathParam("tenantId") String tenantId, @PathParam("webhookId") String webhookId,
                              @PathParam("deliveryId") String deliveryId) {
        WebhookDelivery d = webhooks.redeliver(tenantId, webhookId, deliveryId);
        return Response.accepted(new Redelivery(d.getId(), d.getEventId(), d.getStatus().name(), d.getNextAttemptAt())).build();
    }

    /** The answer to a redelivery: the delivery is pending again from {@code nextAttemptAt}. */
    public record Redelivery(String id, String eventId, String status, java.time.Instant nextAttemptAt) {
    }
}
