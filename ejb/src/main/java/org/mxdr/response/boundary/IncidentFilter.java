package org.mxdr.response.boundary;

import java.time.Instant;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Cursor;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;
import org.mxdr.response.entity.Severity;

/**
 * The queue's filters (null means any), the text searched for (a short id such as {@code INC-1042},
 * or words of the title) and the order.
 */
public record IncidentFilter(IncidentStatus status, Severity severity, Assignee assignedTo, String search, IncidentOrder order) {
    public static final IncidentFilter NONE = new IncidentFilter(null, null, null);
    public static final int SEARCH_MAX = 100;

    public IncidentFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > SEARCH_MAX) {
            throw new BadInput("q", "Search for at most " + SEARCH_MAX + " characters: a short id such as INC-1042 or words of the title.");
        }
        order = order == null ? IncidentOrder.NEWEST : order;
    }

    /** Where a page in this order stopped: its last row's sort key and id. */
    public Cursor cursorOf(Incident last) {
        return cursorOf(last.getSeverity(), last.getCreatedAt(), last.getId());
    }

    /** As {@link #cursorOf(Incident)}, for a row read as a summary. */
    public Cursor cursorOf(IncidentSummary last) {
        return cursorOf(last.severity(), last.createdAt(), last.id());
    }

    private Cursor cursorOf(Severity severity, Instant createdAt, String id) {
        return order == IncidentOrder.SEVERITY ? new Cursor(severity.ordinal() + "/" + createdAt, id) : new Cursor(createdAt, id);
    }

    /** Newest first, nothing searched. */
    public IncidentFilter(IncidentStatus status, Severity severity, Assignee assignedTo) {
        this(status, severity, assignedTo, null, IncidentOrder.NEWEST);
    }
}
