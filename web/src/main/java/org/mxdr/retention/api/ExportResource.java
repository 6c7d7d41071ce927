package org.mxdr.retention.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.retention.boundary.ExportService;

@Path("tenants/{tenantId}/export")
public class ExportResource {
    public static final String ZIP = "application/zip";

    @Inject
    ExportService exports;

    @GET
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    @Operation(summary = "The tenant's whole data as one zip archive (tenant-admin of the tenant; provider-admin); audited",
            description = "A JSON file per data class, incidents.csv, audit.csv with the chain's digests and public key, reporting.json, "
                    + "manifest.json with each file's SHA-256 and SHA256SUMS (check with sha256sum -c SHA256SUMS). Allowed at any time.")
    public Response export(@PathParam("tenantId") String tenantId) {
        String fileName = exports.begin(tenantId);
        StreamingOutput archive = out -> exports.write(tenantId, out);
        return Response.ok(archive, ZIP).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
