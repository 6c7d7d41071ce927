package org.mxdr.audit.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.control.AuditVerifier;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final String CSV = "text/csv";

    public record AuditJson(String id, Instant recordedAt, String actor, String tenantId, String action, String label, String summary,
                            String before, String after, Long position, String hash) {
        static AuditJson of(AuditRecord r) {
            return new AuditJson(r.getId(), r.getRecordedAt(), r.getActor(), r.getTenantId(), r.getAction(), r.getActionLabel(), r.getSummary(),
                    r.getBefore(), r.getAfter(), r.getChainPosition(), r.getRecordHash());
        }
    }

    /** By cursor: items and nextCursor; by page number (?page=): items, total, page. */
    public record AuditPage(List<AuditJson> items, String nextCursor, Long total, Integer page, int size) {
    }

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "The tenant's audit trail, newest first, filtered by ?actor= (part of the name), ?action= (an action or its family, "
            + "e.g. permissions), ?from= and ?to= (dates or times) (tenant-admin of the tenant; provider-admin)",
            description = "Pass nextCursor as cursor for the next page (null on the last); page from 0 pages by number and counts the total, "
                    + "at the cost of reading every record before the page.")
    public AuditPage list(@PathParam("tenantId") String tenantId, @QueryParam("actor") String actor, @QueryParam("action") String action,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("cursor") String cursor, @QueryParam("page") String page,
                          @QueryParam("size") @DefaultValue("50") String size) {
        return page(audit, AuditFilter.parse(tenantId, actor, action, from, to), cursor, page, size);
    }

    @GET
    @Produces(CSV + ";qs=0.5")
    @Operation(summary = "The filtered audit trail as CSV, streamed (tenant-admin of the tenant; provider-admin)")
    public Response csv(@PathParam("tenantId") String tenantId, @QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        return csv(audit, AuditFilter.parse(tenantId, actor, action, from, to), "audit-" + tenantId + ".csv");
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verifies the tenant's audit chain against its signed digests (tenant-admin of the tenant; provider-admin)")
    public AuditVerifier.Verification verify(@PathParam("tenantId") String tenantId) {
        return audit.verifyTenant(tenantId);
    }

    @GET
    @Path("digests")
    @Produces(CSV)
    @Operation(summary = "The signed digests of the tenant's audit chain, CSV, for offline verification (tenant-admin of the tenant; provider-admin)")
    public Response digests(@PathParam("tenantId") String tenantId) {
        audit.verifyTenantAllowed(tenantId);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            audit.writeDigests(tenantId, writer);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"digests-" + tenantId + ".csv\"").build();
    }

    static AuditPage page(AuditService audit, AuditFilter filter, String cursor, String page, String size) {
        if (Paging.byCursor(cursor, page)) {
            int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
            CursorPage<AuditRecord> found = audit.trail(filter, cursor, s);
            return new AuditPage(found.items().stream().map(AuditJson::of).toList(), found.nextCursor(), null, null, s);
        }
        PageRequest asked = Paging.page(page, size);
        List<AuditJson> items = audit.page(filter, asked.first(), asked.size()).stream().map(AuditJson::of).toList();
        return new AuditPage(items, null, audit.count(filter), asked.page(), asked.size());
    }

    static Response csv(AuditService audit, AuditFilter filter, String fileName) {
        audit.page(filter, 0, 1); // refuses before the first byte goes out
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            audit.writeCsv(filter, writer);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
