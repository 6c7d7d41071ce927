package org.mxdr.retention.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.retention.boundary.PurgeService;

@Path("jobs/retention-purge")
@Produces(MediaType.APPLICATION_JSON)
public class PurgeResource {

    public record PurgeJson(List<String> purgedTenants) {
    }

    @Inject
    PurgeService purge;

    @POST
    @Operation(summary = "Purge every tenant past its grace period and not on legal hold (provider-admin)",
            description = "Exactly once, also when run twice or concurrently, and resuming a purge a killed run left midway. Each purge "
                    + "writes a deletion certificate. Answers the tenants this run purged to the end.")
    public PurgeJson run() {
        return new PurgeJson(purge.run());
    }
}
