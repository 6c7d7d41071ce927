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

/** The experts' analyst notes on an incident, never shown to the customer. */
@Path("tenants/{tenantId}/incidents/{incidentId}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class AnalystNoteResource {

    @Inject
    ExpertRecordService records;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "An analyst note, for the experts only: {body} (expert)")
    public Response note(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, NoteRequest in) {
        AnalystNote note = records.addNote(tenantId, incidentId, in.body());
        return Response.status(Response.Status.CREATED).entity(NoteJson.of(note)).build();
    }
}
