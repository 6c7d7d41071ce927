package org.mxdr.servicelevels.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.response.entity.Incident;
import org.mxdr.servicelevels.control.ExpertQueue;
import org.mxdr.servicelevels.entity.ServiceLevel;
import org.mxdr.servicelevels.entity.SlaClock;

/**
 * The experts' one queue across tenants: the incidents of every tenant whose grant is live for
 * this request, nearest due target first. Each tenant is let in by the access control's cached
 * decision, as its own queue is, and its grant's all-devices switch keeps incidents on grouped
 * devices out; a grant revoked or expired is out on the next request.
 */
@Stateless
@RolesAllowed(Roles.EXPERT)
public class ExpertQueueService {
    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    AccessControl access;

    @Inject
    ExpertQueue queue;

    public CursorPage<QueueItem> queue(@NotNull ExpertQueueFilter filter, String cursor, @PageSize int size) {
        Caller caller = callers.current();
        Cursor after = Cursor.decode(cursor);
        if (filter.assignee() != null && (filter.assignee().isBlank() || filter.assignee().length() > 64)) {
            throw new BadInput("assignee", "The assignee is an expert's username of 1 to 64 characters.");
        }
        Instant now = Instant.now(clock);
        Map<String, String> names = queue.liveTenants(now, LocalDate.now(clock));
        List<String> candidates;
        if (filter.tenantId() != null) {
            // a tenant asked for by id answers as its own queue would: 403 without a live grant
            access.require(caller.username(), filter.tenantId(), Operation.READ_INCIDENTS);
            candidates = names.containsKey(filter.tenantId()) ? List.of(filter.tenantId()) : List.of();
        } else {
            candidates = List.copyOf(names.keySet());
        }
        List<String> whole = new ArrayList<>();
        List<String> ungrouped = new ArrayList<>();
        access.readableWithholdingGroups(candidates).forEach((tenantId, withholds) -> (withholds ? ungrouped : whole).add(tenantId));
        if (whole.isEmpty() && ungrouped.isEmpty()) {
            return CursorPage.empty();
        }
        List<Incident> read = queue.after(whole, ungrouped, filter, after, now, size + 1);
        List<QueueItem> items = read.stream().limit(size).map(i -> item(i, names.get(i.getTenantId()), now)).toList();
        String next = read.size() > size ? ExpertQueue.cursorAfter(read.get(size - 1)).encode() : null;
        return new CursorPage<>(items, next);
    }

    static QueueItem item(Incident incident, String tenantName, Instant now) {
        ServiceLevel level = incident.serviceLevel();
        if (level == null) {
            return new QueueItem(incident, tenantName, null, null, null, null);
        }
        SlaClock next = level.next();
        if (next == null && level.resolve().paused()) {
            next = level.resolve();
        }
        return new QueueItem(incident, tenantName, level.state(now), level.dueAt(), next == null ? null : next.kind(),
                next == null ? null : next.left(now));
    }
}
