package org.mxdr.approvals.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.approvals.boundary.ApprovalService;
import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.platform.api.ApiError;

@Path("tenants/{tenantId}/approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {

    /** One approval request with its action. */
    public record ApprovalJson(String id, String state, String incidentId, String incidentTitle, String actionId, String action,
                               String target, String targetName, String actionState, String requestedBy, Instant requestedAt, Instant dueAt, int reminders,
                               String answeredBy, Instant answeredAt, String outcome) {
        public static ApprovalJson of(ApprovalService.Shown s) {
            var r = s.request();
            return new ApprovalJson(r.getId(), r.getState().name(), r.getIncidentId(), s.incident().getTitle(), r.getActionId(),
                    s.action().getType().name(), s.action().getTarget(), s.target(), s.action().getState().name(), r.getRequestedBy(), r.getRequestedAt(),
                    r.getDueAt(), r.getReminders(), r.getAnsweredBy(), r.getAnsweredAt(), r.getOutcome());
        }
    }

    @Inject
    ApprovalService approvals;

    @GET
    @Operation(summary = "Pending and answered approval requests, newest first (tenant users; experts with a live grant)")
    public List<ApprovalJson> list(@PathParam("tenantId") String tenantId) {
        return approvals.list(tenantId).stream().map(ApprovalJson::of).toList();
    }

    @POST
    @Path("{approvalId}/approval")
    @Operation(summary = "Approve: the action runs if the experts' access still allows it (tenant-operator, tenant-admin)",
            description = "409 when it was answered already, or when the access control refuses the action now (the reason is given; "
                    + "the action becomes a card for the customer).")
    public Response approve(@PathParam("tenantId") String tenantId, @PathParam("approvalId") String approvalId) {
        return answered(approvals.approve(tenantId, approvalId));
    }

    @POST
    @Path("{approvalId}/denial")
    @Operation(summary = "Deny: the action never runs (tenant-operator, tenant-admin); 409 when it was answered already")
    public Response deny(@PathParam("tenantId") String tenantId, @PathParam("approvalId") String approvalId) {
        return answered(approvals.deny(tenantId, approvalId));
    }

    /** A refusal at execution is committed (the card exists) and answered 409 with its reason. */
    static Response answered(ApprovalService.Shown shown) {
        if (shown.request().getState() == ApprovalState.REFUSED) {
            return Response.status(Response.Status.CONFLICT).entity(ApiError.of(409, shown.request().getOutcome())).build();
        }
        return Response.ok(ApprovalJson.of(shown)).build();
    }
}
