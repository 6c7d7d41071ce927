package org.mxdr.retention.api;

import java.io.InputStream;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.platform.api.JsonBody;
import org.mxdr.retention.boundary.DataLocation;
import org.mxdr.retention.boundary.DataLocationService;
import org.mxdr.retention.boundary.ExportService;
import org.mxdr.retention.boundary.LegalHoldService;
import org.mxdr.retention.entity.LegalHold;

@Path("tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    public static final String ZIP = "application/zip";

    /** The documented request body of PUT /tenants/{t}/legal-hold. */
    public record HoldRequest(String reason) {
    }

    public record HoldJson(String tenantId, boolean legalHold, String reason, String placedBy, Instant placedAt) {
        static HoldJson of(LegalHold h) {
            return new HoldJson(h.getTenantId(), true, h.getReason(), h.getPlacedBy(), h.getPlacedAt());
        }
    }

    @Inject
    DataLocationService locations;

    @Inject
    ExportService exports;

    @Inject
    LegalHoldService holds;

    @GET
    @Path("data-location")
    @Operation(summary = "Where each class of the tenant's data lives and how long it is kept (tenant users; provider roles, experts through a live grant)",
            description = "retention.retainUntil appears once the subscription has ended or was terminated: the end plus the grace period "
                    + "(MXDR_RETENTION_GRACE_DAYS, at least 90). retention.legalHold is true while a legal hold stops the purge.")
    public DataLocation dataLocation(@PathParam("tenantId") String tenantId) {
        return locations.of(tenantId);
    }

    @GET
    @Path("export")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "The tenant's whole data as one zip archive (tenant-admin of the tenant; provider-admin); audited",
            description = "A JSON file per data class, incidents.csv, audit.csv with the chain's digests and public key, reporting.json, "
                    + "manifest.json with each file's SHA-256 and SHA256SUMS (check with sha256sum -c SHA256SUMS). Allowed at any time.")
    public Response export(@PathParam("tenantId") String tenantId) {
        String fileName = exports.begin(tenantId);
        StreamingOutput archive = out -> exports.write(tenantId, out);
        return Response.ok(archive, ZIP).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @PUT
    @Path("legal-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a legal hold (or restate its reason): nothing of the tenant is purged while it holds (provider-admin); audited")
    @RequestBody(content = @Content(schema = @Schema(implementation = HoldRequest.class)))
    public HoldJson placeHold(@PathParam("tenantId") String tenantId, InputStream body) {
        return HoldJson.of(holds.place(tenantId, JsonBody.read(body).string("reason")));
    }

    @DELETE
    @Path("legal-hold")
    @Operation(summary = "Lift the legal hold (provider-admin); audited. 409 when there is none")
    public Response liftHold(@PathParam("tenantId") String tenantId) {
        holds.lift(tenantId);
        return Response.noContent().build();
    }
}
