package org.mxdr.servicelevels.boundary;

import java.time.Duration;
import java.time.Instant;

import org.mxdr.response.entity.Incident;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.SlaState;

/**
 * An incident of the experts' queue with its tenant's name and its service level as of the request.
 *
 * @param dueAt what is due next, null when nothing runs (paused, or every target met or breached and done)
 * @param next  the target due next (or the paused one), null when none
 * @param left  what is left of that target, negative once breached; null when none
 */
public record QueueItem(Incident incident, String tenantName, SlaState state, Instant dueAt, ClockKind next, Duration left) {
}
