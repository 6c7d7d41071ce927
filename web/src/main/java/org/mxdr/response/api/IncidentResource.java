package org.mxdr.response.api;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Query;
import org.mxdr.platform.api.Paging;
import org.mxdr.response.boundary.IncidentDetail;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentOrder;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.Intake;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;
import org.mxdr.response.entity.Severity;

/**
 * The incidents of a tenant: intake, the queue, one incident and its flow. The chat, the actions and
 * the experts' records are resources of their own under this same root path, so one root matches
 * every incident path: a root ending in a template ({@code .../incidents/{incidentId}}) would be
 * chosen over this one for every sub-path, having more literal characters, and answer 404 for them.
 */
@Path("tenants/{tenantId}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueueService queue;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an incident (platform): 201 when new; 200 with the same id when the externalId is known "
            + "(what the platform changed is applied); devices and users by their inventory external ids")
    @APIResponse(responseCode = "201", description = "A new incident", content = @Content(schema = @Schema(implementation = IncidentJson.class)))
    @APIResponse(responseCode = "200", description = "The incident of a known externalId, updated", content = @Content(schema = @Schema(implementation = IncidentJson.class)))
    public Response report(@PathParam("tenantId") String tenantId, IncidentRequest in) {
        Incident.Report report = new Incident.Report(in.externalId(), in.title(), in.severity(), in.category(), in.tactic(), in.evidence(),
                in.devices(), in.users());
        Intake intake = platform.report(tenantId, report);
        IncidentJson json = IncidentJson.of(intake.incident());
        return intake.created() ? Response.created(URI.create("tenants/" + tenantId + "/incidents/" + json.id())).entity(json).build()
                : Response.ok(json).build();
    }

    @GET
    @Operation(summary = "The tenant's incidents, newest first (tenant users; experts through the grant, which may withhold incidents "
            + "involving devices in device groups)", description = "status, severity, assignedTo filter; q searches a short id (INC-1042) "
            + "or words of the title; sort is newest (default), oldest or severity (most severe first, then newest); pass nextCursor as "
            + "cursor for the next page (null on the last); page from 0 still pages by number, at the cost of reading every row before it.")
    public IncidentPage list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor, @QueryParam("page") String page,
                             @QueryParam("size") @DefaultValue("50") String size, @QueryParam("status") String status,
                             @QueryParam("severity") String severity, @QueryParam("assignedTo") String assignedTo,
                             @QueryParam("q") String search, @QueryParam("sort") String sort) {
        int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
        IncidentFilter filter = new IncidentFilter(Query.enumValue("status", status, IncidentStatus.class),
                Query.enumValue("severity", severity, Severity.class), Query.enumValue("assignedTo", assignedTo, Assignee.class), search,
                IncidentOrder.parse("sort", sort));
        if (Paging.byCursor(cursor, page)) {
            CursorPage<IncidentSummary> found = queue.summaries(tenantId, filter, cursor, s);
            return new IncidentPage(found.items().stream().map(IncidentSummaryJson::of).toList(), found.nextCursor(), null, s);
        }
        int p = Paging.number("page", page, 0, Integer.MAX_VALUE / PageRequest.MAX_PAGE);
        List<IncidentSummary> items = queue.summariesFrom(tenantId, filter, p * s, s);
        // a full page may be the last: its cursor then leads to an empty page
        String next = items.size() < s ? null : filter.cursorOf(items.get(s - 1)).encode();
        return new IncidentPage(items.stream().map(IncidentSummaryJson::of).toList(), next, p, s);
    }

    @GET
    @Path("{incidentId}")
    @Operation(summary = "One incident with its actions (tenant users; experts through the grant, audited, with analyst notes and tickets)")
    public IncidentDetailJson get(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId) {
        IncidentDetail d = incidents.get(tenantId, incidentId);
        return new IncidentDetailJson(IncidentJson.of(d.incident()), d.actions().stream().map(ActionJson::of).toList(),
                d.viewedByExpert() ? d.notes().stream().map(NoteJson::of).toList() : null,
                d.viewedByExpert() ? d.tickets().stream().map(TicketJson::of).toList() : null);
    }

    @POST
    @Path("{incidentId}/take")
    @Operation(summary = "An expert takes the incident: assigned to the experts, in progress")
    public IncidentJson take(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId) {
        return IncidentJson.of(incidents.take(tenantId, incidentId));
    }

    @POST
    @Path("{incidentId}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify (expert, reader level or more): {classification: TRUE_POSITIVE|FALSE_POSITIVE|INFORMATIONAL_EXPECTED, "
            + "determination}; a false positive or expected activity is resolved")
    public IncidentJson classify(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId,
                                 ClassificationRequest in) {
        return IncidentJson.of(incidents.classify(tenantId, incidentId, in.classification(), in.determination()));
    }

    @POST
    @Path("{incidentId}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a resolved incident (expert through a grant, tenant-admin): {reason}; 409 when it is not resolved; "
            + "its resolve clock resumes")
    public IncidentJson reopen(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId, ReopeningRequest in) {
        return IncidentJson.of(incidents.reopen(tenantId, incidentId, in.reason()));
    }

    @POST
    @Path("{incidentId}/resolution")
    @Operation(summary = "Resolve a classified incident with no action open (expert; tenant-operator, tenant-admin)")
    public IncidentJson resolve(@PathParam("tenantId") String tenantId, @PathParam("incidentId") String incidentId) {
        return IncidentJson.of(incidents.resolve(tenantId, incidentId));
    }
}
