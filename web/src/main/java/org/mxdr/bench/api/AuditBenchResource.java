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
import org.mxdr.bench.boundary.AuditBenchService;
import org.mxdr.platform.api.Paging;

/** bench/audit's helper: only in the demo EAR, for the provider admin. */
@Path("diagnostics/audit-bench")
@Produces(MediaType.APPLICATION_JSON)
public class AuditBenchResource {

    public record Removed(long records) {
    }

    @Inject
    AuditBenchService bench;

    @POST
    @Path("records")
    @Operation(summary = "Seed valid audit chains of bench tenants (provider-admin; demo EAR only)")
    public AuditBenchService.Seeded seed(@QueryParam("records") @DefaultValue("1000000") String records,
                                         @QueryParam("tenants") @DefaultValue("1000") String tenants) {
        return bench.seed(Paging.number("records", records, 1, AuditBenchService.MAX_RECORDS), Paging.number("tenants", tenants, 1, 1_000_000));
    }

    @POST
    @Path("writes")
    @Operation(summary = "Audit writes per second without and with the chain, concurrent writers inside the server (provider-admin; demo EAR only)")
    public AuditBenchService.Throughput writes(@QueryParam("threads") @DefaultValue("32") String threads,
                                               @QueryParam("tenants") @DefaultValue("100") String tenants,
                                               @QueryParam("seconds") @DefaultValue("10") String seconds) throws Exception {
        return bench.writes(Paging.number("threads", threads, 1, 64), Paging.number("tenants", tenants, 1, 10_000),
                Paging.number("seconds", seconds, 1, 120));
    }

    @DELETE
    @Operation(summary = "Remove every bench audit chain (provider-admin; demo EAR only)")
    public Removed remove() {
        return new Removed(bench.removeAll());
    }
}
