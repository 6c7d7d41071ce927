package org.mxdr.response.entity;

import java.time.Instant;

/**
 * What a list of incidents shows of each, read as values straight from the query (a constructor
 * expression): no managed entity, so nothing is hydrated, listened to at load or checked for changes
 * at the flush. The incident itself, with its devices, users and flow, is read by its id.
 */
public record IncidentSummary(String id, long number, String externalId, String title, Severity severity, String category, String tactic,
                              IncidentStatus status, Assignee assignedTo, String takenBy, Classification classification,
                              Instant createdAt, Instant updatedAt) {

    /** The query's select clause for this record, over an incident aliased {@code i}. */
    public static final String SELECT = "SELECT NEW " + IncidentSummary.class.getName() + "(i.id, i.number, i.externalId, i.title, "
            + "i.severity, i.category, i.tactic, i.status, i.assignedTo, i.takenBy, i.classification, i.createdAt, i.updatedAt)";

    /** The short id, as {@link Incident#getKey()} gives it. */
    public String key() {
        return Incident.keyOf(number);
    }
}
