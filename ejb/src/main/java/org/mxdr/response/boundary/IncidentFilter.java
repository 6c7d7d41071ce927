package org.mxdr.response.boundary;

import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;

/** The queue's filters; null means any. */
public record IncidentFilter(IncidentStatus status, Severity severity, Assignee assignedTo) {
    public static final IncidentFilter NONE = new IncidentFilter(null, null, null);
}
