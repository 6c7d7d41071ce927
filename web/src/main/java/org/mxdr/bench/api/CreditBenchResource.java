package org.mxdr.bench.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.bench.boundary.CreditBenchService;
import org.mxdr.platform.api.Paging;

/** bench/credits' helper: only in the demo EAR, for the provider admin. */
@Path("diagnostics/credit-bench")
@Produces(MediaType.APPLICATION_JSON)
public class CreditBenchResource {

    public record Removed(int tenants) {
    }

    @Inject
    CreditBenchService bench;

    @POST
    @Operation(summary = "Seed bench tenants with one monthly subscription each, in a month outside the scheduled catch-up "
            + "(provider-admin; demo EAR only); answers the period to assign")
    public CreditBenchService.Seeded seed(@QueryParam("subscriptions") @DefaultValue("100000") String subscriptions) {
        return bench.seed(Paging.number("subscriptions", subscriptions, 1, CreditBenchService.MAX));
    }

    @DELETE
    @Operation(summary = "Remove every bench tenant with its subscription, grants and credits (provider-admin; demo EAR only)")
    public Removed remove() {
        return new Removed(bench.removeAll());
    }
}
