package org.mxdr.retention.api;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.retention.boundary.LegalHoldService;
import org.mxdr.retention.entity.LegalHold;

@Path("tenants/{tenantId}/legal-hold")
@Produces(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

    /** The request body of PUT /tenants/{t}/legal-hold. */
    public record HoldRequest(@NotBlank(message = "A reason is required for a legal hold (the matter or request it serves).") String reason) {
    }

    public record HoldJson(String tenantId, boolean legalHold, String reason, String placedBy, Instant placedAt) {
        static HoldJson of(LegalHold h) {
            return new HoldJson(h.getTenantId(), true, h.getReason(), h.getPlacedBy(), h.getPlacedAt());
        }
    }

    @Inject
    LegalHoldService holds;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a legal hold (or restate its reason): nothing of the tenant is purged while it holds (provider-admin); audited")
    public HoldJson placeHold(@PathParam("tenantId") String tenantId, HoldRequest in) {
        return HoldJson.of(holds.place(tenantId, in.reason()));
    }

    @DELETE
    @Operation(summary = "Lift the legal hold (provider-admin); audited. 409 when there is none")
    public Response liftHold(@PathParam("tenantId") String tenantId) {
        holds.lift(tenantId);
        return Response.noContent().build();
    }
}
