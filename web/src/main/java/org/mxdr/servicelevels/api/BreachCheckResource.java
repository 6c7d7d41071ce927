package org.mxdr.servicelevels.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.servicelevels.boundary.BreachCheckService;

@Path("jobs/service-level-check")
@Produces(MediaType.APPLICATION_JSON)
public class BreachCheckResource {

    public record RunJson(int notified) {
    }

    @Inject
    BreachCheckService check;

    @POST
    @Operation(summary = "Run the breach check the server runs every minute (provider-admin)",
            description = "Notifies each target breached by now and not notified yet: a mail to the on-call address, an sla.breached "
                    + "webhook event and an audit record. Idempotent: a breach is notified once, whatever runs twice or at once.")
    public RunJson run() {
        return new RunJson(check.run());
    }
}
