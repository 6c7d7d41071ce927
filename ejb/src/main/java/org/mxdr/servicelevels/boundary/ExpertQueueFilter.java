package org.mxdr.servicelevels.boundary;

import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;

/**
 * The filters of the experts' queue across tenants; null means any.
 *
 * @param assignee the username of the expert who took the incident
 * @param breached true: only incidents past a target; false: only those within every target
 */
public record ExpertQueueFilter(String tenantId, Severity severity, IncidentStatus status, String assignee, Boolean breached) {
    public static final ExpertQueueFilter NONE = new ExpertQueueFilter(null, null, null, null, null);
}
