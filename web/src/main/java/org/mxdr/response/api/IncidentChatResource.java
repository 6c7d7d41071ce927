package org.mxdr.response.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.MessageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.response.boundary.IncidentChatService;

/** An incident's chat between the customer and the experts. */
@Path("tenants/{tenantId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentChatResource {

    @Inject
    IncidentChatService chat;

    @GET
    @Path("{incidentId}/messages")
    @Operation(summary = "The incident's chat, oldest first (tenant users; experts through the grant)")
    public MessagePage messages(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId,
                                @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new MessagePage(chat.messages(tenantId, incidentId, asked.first(), asked.size()).stream().map(MessageJson::of).toList(),
                chat.count(tenantId, incidentId), asked.page(), asked.size());
    }

    @POST
    @Path("{incidentId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write in the incident's chat: {body} as plain text (tenant users; experts through the grant)")
    public Response post(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, MessageRequest in) {
        MessageJson m = MessageJson.of(chat.post(tenantId, incidentId, in.body()));
        return Response.status(Response.Status.CREATED).entity(m).build();
    }
}
