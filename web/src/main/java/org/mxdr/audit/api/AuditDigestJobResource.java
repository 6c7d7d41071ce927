package org.mxdr.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.audit.boundary.AuditService;

@Path("jobs/audit-digests")
@Produces(MediaType.APPLICATION_JSON)
public class AuditDigestJobResource {

    public record Signed(int signed) {
    }

    @Inject
    AuditService audit;

    @POST
    @Operation(summary = "Signs the head of every audit chain that moved since its last digest, as the 5-minute job does (provider-admin)")
    public Signed sign() {
        return new Signed(audit.signDigests());
    }
}
