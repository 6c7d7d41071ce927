package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.IncidentSummary;

/** An incident in the queue: what the list shows, without the assets (they come with the incident itself). */
public record IncidentSummaryJson(String id, String key, String externalId, String title, String severity, String category, String tactic,
                                  String status, String assignedTo, String takenBy, String classification, Instant createdAt,
                                  Instant updatedAt) {
    static IncidentSummaryJson of(IncidentSummary i) {
        return new IncidentSummaryJson(i.id(), i.key(), i.externalId(), i.title(), i.severity().name(), i.category(), i.tactic(),
                i.status().name(), i.assignedTo().name(), i.takenBy(), i.classification() == null ? null : i.classification().name(),
                i.createdAt(), i.updatedAt());
    }
}
