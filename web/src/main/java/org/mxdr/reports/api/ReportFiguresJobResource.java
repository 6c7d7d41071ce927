package org.mxdr.reports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.reports.boundary.ReportService;

@Path("jobs/report-figures")
public class ReportFiguresJobResource {

    @Inject
    ReportService reports;

    @POST
    @Operation(summary = "Count a tenant's report figures per day again from its rows in its regional store (tenant=<id>; provider-admin)",
            description = "The store keeps each tenant's figures per day, recounted with every delivery; after rows were restored or written "
                    + "into the store by hand, this counts them again. Answers 204; a missing tenant is a 400 naming the field tenant, an "
                    + "unknown one a 404, a store that is down a 503.")
    public Response run(@QueryParam("tenant") String tenant) {
        reports.recount(tenant);
        return Response.noContent().build();
    }
}
