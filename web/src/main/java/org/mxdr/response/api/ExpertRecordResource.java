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
import org.mxdr.response.entity.AnalystNote;
import org.mxdr.response.entity.CaseTicket;

/**
 * The experts' own records of an incident, never shown to the customer: analyst notes and the
 * provider's case tickets. Its paths sit under the incidents' root, as every incident sub-resource's do.
 */
@Path("tenants/{tenantId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertRecordResource {

    @Inject
    ExpertRecordService records;

    @POST
    @Path("{incidentId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An analyst note, for the experts only: {body} (expert)")
    public Response note(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, NoteRequest in) {
        AnalystNote note = records.addNote(tenantId, incidentId, in.body());
        return Response.status(Response.Status.CREATED).entity(NoteJson.of(note)).build();
    }

    @POST
    @Path("{incidentId}/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case ticket for the provider's follow-up: {title, body} (expert)")
    public Response ticket(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, TicketRequest in) {
        CaseTicket ticket = records.openTicket(tenantId, incidentId, in.title(), in.body());
        return Response.status(Response.Status.CREATED).entity(TicketJson.of(ticket)).build();
    }
}
