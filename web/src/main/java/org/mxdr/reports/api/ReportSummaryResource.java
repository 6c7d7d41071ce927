package org.mxdr.reports.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.reports.boundary.MonthSummary;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.boundary.TenantSummary;

/** The provider's summary across tenants for a month. */
@Path("reports/summary")
@Produces(MediaType.APPLICATION_JSON)
public class ReportSummaryResource {

    public record SummaryJson(String tenantId, String tenantName, String region, long investigated, long resolved, String meanTimeToResolve,
                              long customerActionsPending, boolean available) {
        static SummaryJson of(TenantSummary s) {
            return new SummaryJson(s.tenantId(), s.tenantName(), s.region().name(), s.investigated(), s.resolved(),
                    ReportJson.iso(s.meanTimeToResolve()), s.customerActionsPending(), s.available());
        }
    }

    public record Summary(String month, List<SummaryJson> items) {
    }

    @Inject
    ReportService reports;

    @GET
    @Operation(summary = "Every tenant's month: investigated, resolved, mean time to resolve (ISO-8601), customer actions pending now; "
            + "?month=2026-11, the previous month by default (delivery-manager, provider-admin)",
            description = "available is false for a tenant whose regional reporting store did not answer.")
    public Summary summary(@QueryParam("month") String month) {
        MonthSummary summary = reports.summary(month);
        return new Summary(summary.month().toString(), summary.tenants().stream().map(SummaryJson::of).toList());
    }
}
