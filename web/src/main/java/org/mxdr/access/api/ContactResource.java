package org.mxdr.access.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.LadderPlace;
import org.mxdr.access.entity.WorkingHours;

@Path("tenants/{tenantId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    /**
     * The request body of POST /tenants/{t}/contacts; absent flags are false. An incident-notification
     * contact may say its place on the escalation ladder ({@code order}, default after the last),
     * its {@code timeZone} (default UTC) and its working days and hours, or {@code alwaysAvailable}
     * (24x7, the default when no hours are given).
     */
    public record ContactRequest(@NotBlank(message = "The name of the contact person or team is required.") String name,
                                 @NotBlank(message = "An email address is required.") String email, String phone,
                                 Boolean incidentNotification, Boolean serviceReview, Integer order, String timeZone,
                                 List<String> workingDays, String workingFrom, String workingTo, Boolean alwaysAvailable) {
        LadderPlace ladder() {
            return new LadderPlace(order, timeZone, workingDays, workingFrom, workingTo, alwaysAvailable);
        }
    }

    public record ContactJson(String id, String name, String email, String phone, boolean incidentNotification, boolean serviceReview,
                              String addedBy, Instant addedAt, Integer order, String timeZone, List<String> workingDays,
                              String workingFrom, String workingTo, boolean alwaysAvailable) {
        static ContactJson of(Contact c) {
            WorkingHours h = c.getHours();
            return new ContactJson(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.isIncidentNotification(), c.isServiceReview(),
                    c.getAddedBy(), c.getAddedAt(), c.getLadderOrder(), h.getTimeZone(),
                    h.getWorkingDays().stream().map(d -> d.name().substring(0, 3)).toList(), h.getWorkingFrom(), h.getWorkingTo(),
                    h.isAlwaysAvailable());
        }
    }

    @Inject
    ContactService contacts;

    @GET
    @Operation(summary = "The tenant's contacts (tenant-admin of the tenant)")
    public List<ContactJson> list(@PathParam("tenantId") String tenantId) {
        return contacts.list(tenantId).stream().map(ContactJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a contact; it gets an email (tenant-admin of the tenant)",
            description = "A person or team; phone optional; for incident notification and/or service review (at least one). "
                    + "An incident-notification contact has a place on the escalation ladder (order, default after the last), a time "
                    + "zone (IANA, default UTC) and working days (MON..SUN) and hours (workingFrom, workingTo as HH:MM), or is "
                    + "alwaysAvailable (24x7, the default when no hours are given).")
    public Response add(@PathParam("tenantId") String tenantId, ContactRequest in) {
        Contact added = contacts.add(tenantId, in.name(), in.email(), in.phone(),
                Boolean.TRUE.equals(in.incidentNotification()), Boolean.TRUE.equals(in.serviceReview()), in.ladder());
        return Response.created(URI.create("tenants/" + tenantId + "/contacts/" + added.getId())).entity(ContactJson.of(added)).build();
    }

    @DELETE
    @Path("{contactId}")
    @Operation(summary = "Remove a contact (tenant-admin of the tenant); the last incident-notification contact stays while access is live")
    public Response remove(@PathParam("tenantId") String tenantId, @PathParam("contactId") String contactId) {
        contacts.remove(tenantId, contactId);
        return Response.noContent().build();
    }
}
