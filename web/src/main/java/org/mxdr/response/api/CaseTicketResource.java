package org.mxdr.response.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.response.boundary.ExpertRecordService;
import org.mxdr.response.entity.CaseTicket;

/** The provider's case tickets on an incident, for its follow-up; never shown to the customer. */
@Path("tenants/{tenantId}/incidents/{incidentId}/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class CaseTicketResource {

    @Inject
    ExpertRecordService records;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case ticket for the provider's follow-up: {title, body} (expert)")
    public Response ticket(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, TicketRequest in) {
        CaseTicket ticket = records.openTicket(tenantId, incidentId, in.title(), in.body());
        return Response.status(Response.Status.CREATED).entity(TicketJson.of(ticket)).build();
    }
}
