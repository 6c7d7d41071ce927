package org.mxdr.response.api;

import java.time.Instant;

import org.mxdr.response.entity.Incident;

/** An incident in the queue: what the list shows, without the assets (they come with the incident itself). */
public record IncidentSummaryJson(String id, String key, String externalId, String title, String severity, String category, String tactic,
                                  String status, String assignedTo, String takenBy, String classification, Instant createdAt,
                                  Instant updatedAt) {
    static IncidentSummaryJson of(Incident i) {
        return new IncidentSummaryJson(i.getId(), i.getKey(), i.getExternalId(), i.getTitle(), i.getSeverity().name(), i.getCategory(), i.getTactic(),
                i.getStatus().name(), i.getAssignedTo().name(), i.getTakenBy(),
                i.getClassification() == null ? null : i.getClassification().name(), i.getCreatedAt(), i.getUpdatedAt());
    }
}
