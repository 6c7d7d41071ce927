package org.mxdr.response.boundary;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.platform.Cursor;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.control.IncidentQueue;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;

/**
 * A tenant's incident queue as its caller may see it: the tenant's users see all of it, an expert
 * only the incidents his live grant reaches (the reach is decided once per call, in the query).
 * Lists page by cursor and count nothing; the exact count is asked for on its own.
 */
@Stateless
@RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class IncidentQueueService {
    @Inject
    IncidentQueue queue;

    @Inject
    IncidentReach reach;

    /** A page of the queue after the cursor (null: the newest), and the cursor of the next page. */
    public CursorPage<Incident> queue(@TenantId String tenantId, @NotNull IncidentFilter filter, String cursor,
                                      @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        return CursorPage.of(queue.after(tenantId, filter, reach.queue(tenantId), after, size + 1), size, filter::cursorOf);
    }

    /**
     * As {@link #queue}, each incident as what a list shows of it (the API's list): values read by the
     * page's one query, no managed entity to load or to check at the flush.
     */
    public CursorPage<IncidentSummary> summaries(@TenantId String tenantId, @NotNull IncidentFilter filter, String cursor,
                                                 @PageSize int size) {
        Cursor after = Cursor.decode(cursor);
        return CursorPage.of(queue.summariesAfter(tenantId, filter, reach.queue(tenantId), after, size + 1), size, filter::cursorOf);
    }

    /** A page of the queue from a position, for clients that page by number (every row before it is read), as what a list shows. */
    public List<IncidentSummary> summariesFrom(@TenantId String tenantId, @NotNull IncidentFilter filter, @FirstRow int first,
                                               @PageSize int size) {
        return queue.summariesFrom(tenantId, filter, reach.queue(tenantId), first, size);
    }

    /** The exact number of incidents in the caller's queue: it reads every one of them, so no list page asks for it. */
    public long count(@TenantId String tenantId, @NotNull IncidentFilter filter) {
        return queue.count(tenantId, filter, reach.queue(tenantId));
    }

    /** The caller's queue counted by status in one query: what a home page shows of it. */
    public Map<IncidentStatus, Long> countByStatus(@TenantId String tenantId) {
        return queue.countByStatus(tenantId, reach.queue(tenantId));
    }
}
