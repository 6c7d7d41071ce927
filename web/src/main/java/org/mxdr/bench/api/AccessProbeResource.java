package org.mxdr.bench.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.bench.boundary.AccessProbeService;
import org.mxdr.platform.api.Paging;

/** bench/access's probe of the access control inside the server: only in the demo EAR, for the provider admin. */
@Path("tenants/{tenantId}/access/probe")
@Produces(MediaType.APPLICATION_JSON)
public class AccessProbeResource {

    public record ProbeJson(int checks, int allowed, double millis, double checksPerSecond) {
    }

    @Inject
    AccessProbeService probes;

    @GET
    @Operation(summary = "Time the access control in the server: checks decisions on the tenant's devices (provider-admin; demo EAR only, for bench/access)")
    public ProbeJson probe(@PathParam("tenantId") String tenantId, @QueryParam("checks") @DefaultValue("1000") String checks) {
        AccessProbeService.Probe p = probes.probe(tenantId, Paging.number("checks", checks, 1, 100_000));
        return new ProbeJson(p.checks(), p.allowed(), p.nanos() / 1e6, p.checksPerSecond());
    }
}
