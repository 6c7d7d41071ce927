package org.mxdr.reports.entity;

import java.time.Instant;

/** The rows of a reporting store that the figures are counted from, as the store holds them. */
public final class ReportInputs {
    private ReportInputs() {
    }

    /** An incident created or resolved within the period. */
    public record IncidentRow(String incidentId, String severity, String category, String tactic, Instant createdAt, Instant resolvedAt,
                              String resolution, Long resolveMs, Long expertMs, long customerMs, String slaMet) {
    }

    /** A device or user and the number of the period's incidents it was involved in. */
    public record AssetRow(String kind, String externalId, String name, long incidents) {

        public String label() {
            return name == null || name.isBlank() ? externalId : name;
        }
    }

    /** A card the experts gave the customer (a recommended action, {@code actionId}), with the incident it belongs to. */
    public record CardRow(String incidentId, String incidentTitle, String severity, Instant incidentCreatedAt, String type, String target,
                          String state, Instant requestedAt, Instant answeredAt, Long answerMs, String actionId) {

        /** A card whose action's id does not matter (counted, not paged through). */
        public CardRow(String incidentId, String incidentTitle, String severity, Instant incidentCreatedAt, String type, String target,
                       String state, Instant requestedAt, Instant answeredAt, Long answerMs) {
            this(incidentId, incidentTitle, severity, incidentCreatedAt, type, target, state, requestedAt, answeredAt, answerMs, null);
        }

        public boolean awaiting() {
            return org.mxdr.response.entity.ActionState.AWAITING_CUSTOMER.name().equals(state);
        }
    }
}
