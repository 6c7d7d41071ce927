package org.mxdr.reports.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.reports.boundary.MonthlyReportService;
import org.mxdr.reports.control.MonthlyReports;

@Path("jobs/monthly-report")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyReportJobResource {

    public record RunJson(String month, int handled, int mailed) {
    }

    @Inject
    MonthlyReportService monthly;

    @POST
    @Operation(summary = "Send the monthly reports of a month that has ended (month=2026-11; the previous month by default) now (provider-admin)",
            description = "What the hourly timer does. Idempotent: each tenant's month is handled once, whoever runs it; a second run answers "
                    + "handled 0. mailed counts the tenants whose service-review contacts were mailed (the setting on, a contact set, the "
                    + "subscription active at the month's end). A bad or unfinished month is a 400 naming the field month.")
    public RunJson run(@QueryParam("month") String month) {
        MonthlyReports.Run run = monthly.send(month);
        return new RunJson(run.month().toString(), run.handled(), run.mailed());
    }
}
