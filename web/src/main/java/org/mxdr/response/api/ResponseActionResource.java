package org.mxdr.response.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.response.boundary.ResponseActionService;

/** The actions on an incident's devices and users: the expert's, and the customer's answers to the cards. */
@Path("tenants/{tenantId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class ResponseActionResource {

    @Inject
    ResponseActionService actions;

    @POST
    @Path("{incidentId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An action on one of the incident's devices or users (expert): run with an Operator-level grant on a target in "
            + "scope (state IN_PROGRESS until the platform reports); otherwise a recommendation card for the customer (recommended: true), "
            + "which needs the expert's rationale (why the customer should act; the card shows it; 400 naming rationale without one)")
    public Response act(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, ActionRequest in) {
        ActionJson action = ActionJson.of(actions.act(tenantId, incidentId, in.type(), in.target(), in.detail(), in.rationale()));
        return Response.created(URI.create("tenants/" + tenantId + "/incidents/" + incidentId + "/actions/" + action.id())).entity(action).build();
    }

    @POST
    @Path("{incidentId}/actions/{actionId}/completion")
    @Operation(summary = "The customer completed the recommended action (tenant-operator, tenant-admin)")
    public ActionJson complete(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId,
                               @PathParam("actionId") String actionId) {
        return ActionJson.of(actions.answer(tenantId, incidentId, actionId, true));
    }

    @POST
    @Path("{incidentId}/actions/{actionId}/skip")
    @Operation(summary = "The customer skips the recommended action (tenant-operator, tenant-admin)")
    public ActionJson skip(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId,
                           @PathParam("actionId") String actionId) {
        return ActionJson.of(actions.answer(tenantId, incidentId, actionId, false));
    }
}
