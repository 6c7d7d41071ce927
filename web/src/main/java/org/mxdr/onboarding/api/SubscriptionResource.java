package org.mxdr.onboarding.api;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.api.JsonBody;

@Path("tenants/{tenantId}/subscription")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    /** The documented request body of POST /tenants/{t}/subscription. */
    public record SubscriptionRequest(String termStart, String termEnd, int seats, CreditPolicy creditPolicy) {
    }

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transact a subscription (commercial-executive); 409 with unmet when the tenant is not eligible; sends the welcome email")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubscriptionRequest.class)))
    public Response transact(@PathParam("tenantId") String tenantId, InputStream body) {
        JsonBody in = JsonBody.read(body);
        NewSubscription wanted = new NewSubscription(in.date("termStart"), in.date("termEnd"), in.integer("seats"),
                in.enumValue("creditPolicy", CreditPolicy.class));
        subscriptions.transact(tenantId, wanted);
        return Response.created(URI.create("tenants/" + tenantId + "/subscription"))
                .entity(SubscriptionJson.of(subscriptions.summary(tenantId))).build();
    }

    @GET
    @Operation(summary = "The tenant's subscription summary (whoever may read the tenant)")
    public SubscriptionJson get(@PathParam("tenantId") String tenantId) {
        return SubscriptionJson.of(subscriptions.summary(tenantId));
    }

    @POST
    @Path("termination")
    @Operation(summary = "End the subscription now (commercial-executive; tenant-admin of the tenant); the experts lose access at once")
    public SubscriptionJson terminate(@PathParam("tenantId") String tenantId) {
        subscriptions.terminate(tenantId);
        return SubscriptionJson.of(subscriptions.summary(tenantId));
    }
}
