package org.mxdr.eligibility.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.eligibility.boundary.CountProbe;
import org.mxdr.eligibility.boundary.EligibilityService;

@Path("diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    EligibilityService eligibility;

    @GET
    @Path("device-count")
    @Operation(summary = "Time one plain SELECT COUNT(*) over the devices table in the database (provider-admin); "
            + "a yardstick for the eligibility evaluation's speed")
    public CountProbe deviceCount() {
        return eligibility.countAllDevices();
    }
}
