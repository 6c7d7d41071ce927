package org.mxdr.credits.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.credits.boundary.CreditAssignmentService;
import org.mxdr.credits.control.CreditAssignment;

@Path("jobs/credit-assignment")
@Produces(MediaType.APPLICATION_JSON)
public class CreditJobResource {

    public record RunJson(String period, long assigned, long credits, int batches, long millis) {
    }

    @Inject
    CreditAssignmentService assignment;

    @POST
    @Operation(summary = "Assign the credits of a month (period=2026-12) or a quarter (period=2026-Q4) that has begun (provider-admin)",
            description = "Idempotent: each subscription receives a period's credits once, whatever runs twice or at once; a second run "
                    + "answers assigned 0. Months apply to monthly subscriptions, quarters to quarterly ones. A bad or future period is a "
                    + "400 naming the field period.")
    public RunJson run(@QueryParam("period") String period) {
        CreditAssignment.Run run = assignment.assign(period);
        return new RunJson(run.period().toString(), run.assigned(), run.credits(), run.batches(), run.millis());
    }
}
