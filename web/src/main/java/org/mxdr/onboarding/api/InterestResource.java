package org.mxdr.onboarding.api;

import java.io.InputStream;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.onboarding.boundary.InterestForm;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.platform.api.JsonBody;
import org.mxdr.platform.api.Public;

@Path("interest")
@Produces(MediaType.APPLICATION_JSON)
public class InterestResource {

    /** The documented request body of POST /interest; country is an ISO code or an English name. */
    public record InterestRequest(String name, String email, String organisation, String country, Integer seats, String message) {
    }

    @Inject
    LeadService leads;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the customer interest form (anyone; rate-limited per email and per client address)")
    @RequestBody(content = @Content(schema = @Schema(implementation = InterestRequest.class)))
    public Response submit(InputStream body) {
        JsonBody in = JsonBody.read(body);
        InterestForm form = new InterestForm(in.string("name"), in.string("email"), in.string("organisation"),
                in.string("country"), in.integer("seats"), in.string("message"));
        String id = leads.submit(form, request.getRemoteAddr()).getId();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
