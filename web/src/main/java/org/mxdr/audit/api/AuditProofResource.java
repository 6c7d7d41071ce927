package org.mxdr.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.control.AuditVerifier;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.platform.api.Public;

/** The provider-wide audit: every tenant's trail, the proof over every chain, the public key. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditProofResource {

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Every tenant's audit trail and the provider-wide records, newest first; ?tenant= (a tenant id, or 'provider' "
            + "for the provider-wide records), ?actor=, ?action=, ?from=, ?to= (provider-admin)")
    public AuditResource.AuditPage list(@QueryParam("tenant") String tenant, @QueryParam("actor") String actor,
                                        @QueryParam("action") String action, @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("cursor") String cursor, @QueryParam("page") String page,
                                        @QueryParam("size") @DefaultValue("50") String size) {
        return AuditResource.page(audit, AuditFilter.parse(blankAsNull(tenant), actor, action, from, to), cursor, page, size);
    }

    @GET
    @Produces(AuditResource.CSV + ";qs=0.5")
    @Operation(summary = "Every tenant's filtered audit trail as CSV, streamed (provider-admin)")
    public Response csv(@QueryParam("tenant") String tenant, @QueryParam("actor") String actor, @QueryParam("action") String action,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        return AuditResource.csv(audit, AuditFilter.parse(blankAsNull(tenant), actor, action, from, to), "audit.csv");
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verifies every audit chain against its signed digests, naming the first bad record (provider-admin)")
    public AuditVerifier.Verification verify() {
        return audit.verifyAll();
    }

    @GET
    @Path("public-key")
    @Public
    @Produces("application/x-pem-file")
    @Operation(summary = "The public key that verifies the signed audit digests, PEM (anyone)")
    public String publicKey() {
        return audit.publicKeyPem();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
