package org.mxdr.servicelevels.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.platform.api.Query;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;
import org.mxdr.servicelevels.boundary.ExpertQueueService;
import org.mxdr.servicelevels.boundary.QueueItem;

@Path("expert/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertQueueResource {

    /** A page of the experts' queue; {@code nextCursor} asks for the next one (null on the last page). */
    public record ExpertQueueJson(List<ExpertQueueItemJson> items, String nextCursor, int size) {
    }

    @Inject
    ExpertQueueService queue;

    @GET
    @Operation(summary = "The experts' queue across every tenant whose grant is live, nearest due target first (expert)",
            description = "Filters tenant, severity, status, assignee (the username of the expert who took it) and breached (true or "
                    + "false); pages by cursor. Each tenant's grant applies as in its own queue: without all devices, incidents on "
                    + "devices in device groups stay out; a revoked or expired grant takes the tenant out on the next request. A tenant "
                    + "asked for without a live grant answers 403.")
    public ExpertQueueJson list(@QueryParam("tenant") String tenant, @QueryParam("severity") String severity,
                                @QueryParam("status") String status, @QueryParam("assignee") String assignee,
                                @QueryParam("breached") String breached, @QueryParam("cursor") String cursor,
                                @QueryParam("size") @DefaultValue("50") String size) {
        int s = Paging.number("size", size, 1, PageRequest.MAX_PAGE);
        ExpertQueueFilter filter = new ExpertQueueFilter(blankToNull(Query.text("tenant", tenant)),
                Query.enumValue("severity", severity, Severity.class), Query.enumValue("status", status, IncidentStatus.class),
                blankToNull(Query.text("assignee", assignee)), Query.bool("breached", breached));
        CursorPage<QueueItem> page = queue.queue(filter, cursor, s);
        return new ExpertQueueJson(page.items().stream().map(ExpertQueueItemJson::of).toList(), page.nextCursor(), s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
