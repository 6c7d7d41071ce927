package org.mxdr.response.api;

import java.time.Instant;
import java.util.List;

import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Reopening;

/** An incident as the API shows it in the queue and in its detail. */
public record IncidentJson(String id, String key, String externalId, String title, String severity, String category, String tactic, String evidence,
                           String status, String assignedTo, String takenBy, String classification, String determination,
                           List<String> devices, List<String> users, Instant createdAt, Instant updatedAt, Instant resolvedAt,
                           String resolvedBy, Reopened reopened) {

    /** The last reopening, and how many there were; null when never reopened. */
    public record Reopened(Instant at, String by, String reason, int count) {
        static Reopened of(Reopening r) {
            return r.happened() ? new Reopened(r.getAt(), r.getBy(), r.getReason(), r.getCount()) : null;
        }
    }

    static IncidentJson of(Incident i) {
        return new IncidentJson(i.getId(), i.getKey(), i.getExternalId(), i.getTitle(), i.getSeverity().name(), i.getCategory(), i.getTactic(),
                i.getEvidence(), i.getStatus().name(), i.getAssignedTo().name(), i.getTakenBy(),
                i.getClassification() == null ? null : i.getClassification().name(), i.getDetermination(),
                i.getDevices().stream().sorted().toList(), i.getUsers().stream().sorted().toList(), i.getCreatedAt(), i.getUpdatedAt(),
                i.getResolvedAt(), i.getResolvedBy(),
                Reopened.of(i.getReopening()));
    }
}
