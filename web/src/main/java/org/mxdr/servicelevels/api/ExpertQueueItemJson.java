package org.mxdr.servicelevels.api;

import java.time.Instant;

import org.mxdr.response.entity.Incident;
import org.mxdr.servicelevels.boundary.QueueItem;

/** An incident of the experts' queue: its tenant, what the tenant queue shows of it, and its service level. */
public record ExpertQueueItemJson(String tenantId, String tenantName, String id, String key, String externalId, String title, String severity,
                                  String status, String assignedTo, String takenBy, Instant createdAt, SlaJson sla) {

    /**
     * @param dueAt what is due next (null: nothing runs)
     * @param next  acknowledge, classify or resolve: the target due next, or the paused one
     * @param left  what is left of it, ISO-8601, negative once breached
     */
    public record SlaJson(Instant dueAt, String state, String next, String left) {
    }

    static ExpertQueueItemJson of(QueueItem item) {
        Incident i = item.incident();
        SlaJson sla = item.state() == null ? null : new SlaJson(item.dueAt(), item.state().name(),
                item.next() == null ? null : item.next().field(), item.left() == null ? null : item.left().toString());
        return new ExpertQueueItemJson(i.getTenantId(), item.tenantName(), i.getId(), i.getKey(), i.getExternalId(), i.getTitle(), i.getSeverity().name(),
                i.getStatus().name(), i.getAssignedTo().name(), i.getTakenBy(), i.getCreatedAt(), sla);
    }
}
