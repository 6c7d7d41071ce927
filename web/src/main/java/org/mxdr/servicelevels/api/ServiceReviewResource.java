package org.mxdr.servicelevels.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.BadInput;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewService;

@Path("service-review")
public class ServiceReviewResource {
    static final String CSV = "text/csv";

    @Inject
    ServiceReviewService review;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The service review of a month (?month=2026-11, default the current one) across tenants (delivery-manager, provider-admin)",
            description = "Per tenant with a subscription: readiness, open incidents by severity, service-level compliance of the month's "
                    + "incidents per target, mean times to acknowledge and to resolve, pending customer actions, credits used in the month, "
                    + "the grant's expiry when within 14 days. ?mine=true: only the tenants the caller looks after as their delivery "
                    + "manager. Accept: text/csv exports it.")
    public ServiceReviewJson get(@QueryParam("month") String month, @QueryParam("mine") boolean mine) {
        YearMonth m = month(month);
        return new ServiceReviewJson(m.toString(), review.month(m, mine).stream().map(ServiceReviewJson::of).toList());
    }

    @GET
    @Produces(CSV)
    @Operation(summary = "The service review of a month as CSV (delivery-manager, provider-admin)")
    public Response csv(@QueryParam("month") String month, @QueryParam("mine") boolean mine) {
        YearMonth m = month(month);
        List<ServiceReviewRow> rows = review.month(m, mine);
        StreamingOutput body = out -> ServiceReviewCsv.write(m, rows, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body, CSV + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"service-review-" + m + ".csv\"")
                .build();
    }

    private YearMonth month(String raw) {
        if (raw == null || raw.isBlank()) {
            return review.currentMonth();
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput("month", "The month is written like 2026-11.");
        }
    }
}
