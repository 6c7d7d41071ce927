package org.mxdr.audit.api;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditJson(String id, Instant recordedAt, String actor, String action, String label, String before, String after) {
        static AuditJson of(AuditRecord r) {
            return new AuditJson(r.getId(), r.getRecordedAt(), r.getActor(), r.getAction(), r.getActionLabel(), r.getBefore(), r.getAfter());
        }
    }

    public record AuditPage(List<AuditJson> items, long total, int page, int size) {
    }

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "The tenant's audit trail, newest first (tenant-admin of the tenant; provider-admin)")
    public AuditPage list(@PathParam("tenantId") String tenantId, @QueryParam("page") @DefaultValue("0") String page,
                          @QueryParam("size") @DefaultValue("50") String size) {
        int p = Paging.number("page", page, 0, Integer.MAX_VALUE / AuditService.MAX_PAGE);
        int s = Paging.number("size", size, 1, AuditService.MAX_PAGE);
        List<AuditJson> items = audit.ofTenant(tenantId, p * s, s).stream().map(AuditJson::of).toList();
        return new AuditPage(items, audit.count(tenantId), p, s);
    }
}
