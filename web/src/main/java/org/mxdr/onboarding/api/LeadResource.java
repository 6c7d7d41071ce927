package org.mxdr.onboarding.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.onboarding.entity.Lead;
import org.mxdr.onboarding.entity.LeadState;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

@Path("leads")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    public record LeadJson(String id, String name, String email, String organisation, String country, int seats, String message,
                           String state, String notes, Instant submittedAt, Instant updatedAt, String updatedBy, long version) {
        static LeadJson of(Lead l) {
            return new LeadJson(l.getId(), l.getName(), l.getEmail(), l.getOrganisation(), l.getCountry(), l.getSeats(), l.getMessage(),
                    l.getState().name(), l.getNotes(), l.getSubmittedAt(), l.getUpdatedAt(), l.getUpdatedBy(), l.getVersion());
        }
    }

    public record LeadPage(List<LeadJson> items, long total, int page, int size) {
    }

    /** The request body of PUT /leads/{l}: where the lead stands now, and the version read. */
    public record LeadWorkRequest(@NotNull(message = "The state is required: one of NEW, CONTACTED, WON, LOST.") LeadState state, String notes,
                                  @NotNull(message = "'version' is required: send the version you read, so a concurrent change is not overwritten.")
                                  Integer version) {
    }

    @Inject
    LeadService leads;

    @GET
    @Operation(summary = "Leads from the interest form, newest first; filter by state and by text in organisation, name or email (commercial-executive)")
    public LeadPage list(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size,
                         @QueryParam("state") String state, @QueryParam("q") String text) {
        PageRequest asked = Paging.page(page, size);
        LeadState filter = state == null || state.isBlank() ? null : parse(state);
        List<LeadJson> items = leads.page(asked.first(), asked.size(), filter, text).stream().map(LeadJson::of).toList();
        return new LeadPage(items, leads.count(filter, text), asked.page(), asked.size());
    }

    @GET
    @Path("{leadId}")
    public LeadJson get(@PathParam("leadId") String leadId) {
        return LeadJson.of(leads.get(leadId));
    }

    @PUT
    @Path("{leadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a lead on and keep notes: {state, notes, version} (commercial-executive)")
    public LeadJson work(@PathParam("leadId") String leadId, @Valid LeadWorkRequest in) {
        return LeadJson.of(leads.work(leadId, in.state(), in.notes(), in.version()));
    }

    private static LeadState parse(String state) {
        try {
            return LeadState.valueOf(state.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("state", "Filter by one of NEW, CONTACTED, WON, LOST.");
        }
    }
}
