package org.mxdr.reports.api;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;

/** A tenant's reports: the overview as JSON, CSV or PDF (by Accept; JSON when the client accepts anything), and the trends per month. */
@Path("tenants/{tenantId}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";
    private static final String WHO = " (tenant users of the tenant; provider roles but experts)";

    @Inject
    ReportService reports;

    @GET
    @Path("overview")
    @Operation(summary = "The tenant's report for ?from= to ?to= (UTC dates, both included; the last 30 days by default)" + WHO,
            description = "Read from the reporting store of the tenant's region. Durations are ISO-8601. howWeCount says how each figure is counted.")
    public ReportJson overview(@PathParam("tenantId") String tenantId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return ReportJson.of(reports.overview(tenantId, from, to));
    }

    @GET
    @Path("overview")
    @Produces(CSV + ";qs=0.5")
    @Operation(summary = "The overview as CSV: section, item, value, detail" + WHO)
    public Response csv(@PathParam("tenantId") String tenantId, @QueryParam("from") String from, @QueryParam("to") String to) {
        reports.readablePeriod(tenantId, from, to); // refused before the answer starts
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            reports.writeCsv(tenantId, from, to, writer);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"report-" + tenantId + ".csv\"").build();
    }

    @GET
    @Path("customer-actions")
    @Operation(summary = "The period's cards (actions asked of the customer), a page at a time by cursor" + WHO,
            description = "Awaiting the customer first, then the newest asked. The overview answers the first page with "
                    + "customerActionsTotal, customerActionsPending and customerActionsNext, the cursor of the second page; ?cursor= "
                    + "takes a nextCursor as it came, ?size= 1 to 200 (20 by default).")
    public ReportJson.CustomerActionPage customerActions(@PathParam("tenantId") String tenantId, @QueryParam("from") String from,
                                                         @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                                                         @QueryParam("size") @DefaultValue("20") String size) {
        int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
        ReportPeriod period = reports.readablePeriod(tenantId, from, to);
        CursorPage<CardRow> page = reports.customerActions(tenantId, from, to, cursor, s);
        return new ReportJson.CustomerActionPage(period.from(), period.to(), page.items().stream().map(ReportJson::action).toList(),
                page.nextCursor(), s);
    }

    @GET
    @Path("overview")
    @Produces(PDF + ";qs=0.5")
    @Operation(summary = "The overview as a PDF with its charts and 6 months of trends" + WHO)
    public Response pdf(@PathParam("tenantId") String tenantId, @QueryParam("from") String from, @QueryParam("to") String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writePdf(tenantId, from, to, out);
        return Response.ok(out.toByteArray(), PDF).header("Content-Disposition", "attachment; filename=\"report-" + tenantId + ".pdf\"").build();
    }

    @GET
    @Path("trends")
    @Operation(summary = "The same figures per calendar month over ?months= months (1 to 24, default 6), the current month up to today" + WHO,
            description = "A month lists no cards (customerActions): the overview of a period answers their first page.")
    public ReportJson.Trends trends(@PathParam("tenantId") String tenantId, @QueryParam("months") String months) {
        List<ReportFigures> figures = reports.trends(tenantId, months);
        return new ReportJson.Trends(tenantId, figures.size(),
                figures.stream().map(f -> ReportJson.of(tenantId, null, null, f, false)).toList());
    }
}
