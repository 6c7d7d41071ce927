package org.mxdr.onboarding.api;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.onboarding.boundary.InterestForm;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.platform.api.Public;

@Path("interest")
@Produces(MediaType.APPLICATION_JSON)
public class InterestResource {

    /** The request body of POST /interest; country is an ISO code or an English name. */
    public record InterestRequest(@NotBlank(message = "Your name is required.") String name,
                                  @NotBlank(message = "An email address is required.") String email,
                                  @NotBlank(message = "The organisation is required.") String organisation,
                                  @NotBlank(message = "The country is required.") String country,
                                  @NotNull(message = "The number of seats is required.") Integer seats, String message) {
    }

    @Inject
    LeadService leads;

    @Context
    HttpServletRequest request;

    @POST
    @Public
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the customer interest form (anyone; rate-limited per email and per client address)")
    public Response submit(@Valid InterestRequest in) {
        InterestForm form = new InterestForm(in.name(), in.email(), in.organisation(), in.country(), in.seats(), in.message());
        String id = leads.submit(form, request.getRemoteAddr()).getId();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
    }
}
