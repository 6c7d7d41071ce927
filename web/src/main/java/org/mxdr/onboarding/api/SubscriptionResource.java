package org.mxdr.onboarding.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.entity.CreditPolicy;

@Path("tenants/{tenantId}/subscription")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    /** The request body of POST /tenants/{t}/subscription; without a credit policy it is MONTHLY. */
    public record SubscriptionRequest(@NotNull(message = "The term start is required, as a date like 2026-12-01.") LocalDate termStart,
                                      @NotNull(message = "The term end is required, as a date like 2027-11-30.") LocalDate termEnd,
                                      @NotNull(message = "The number of seats is required.") Integer seats, CreditPolicy creditPolicy) {
    }

    @Inject
    SubscriptionService subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Transact a subscription (commercial-executive); 409 with unmet when the tenant is not eligible; sends the welcome email")
    public Response transact(@PathParam("tenantId") String tenantId, SubscriptionRequest in) {
        NewSubscription wanted = new NewSubscription(in.termStart(), in.termEnd(), in.seats(), in.creditPolicy());
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
