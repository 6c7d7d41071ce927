package org.mxdr.bench.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.bench.boundary.CountProbe;
import org.mxdr.bench.boundary.DeviceCountService;

/** bench/eligibility's yardstick: only in the demo EAR, for the provider admin. */
@Path("diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceCountResource {

    @Inject
    DeviceCountService devices;

    @GET
    @Path("device-count")
    @Operation(summary = "Time one plain SELECT COUNT(*) over the devices table in the database (provider-admin; demo EAR only); "
            + "a yardstick for the eligibility evaluation's speed")
    public CountProbe deviceCount() {
        return devices.countAllDevices();
    }
}
