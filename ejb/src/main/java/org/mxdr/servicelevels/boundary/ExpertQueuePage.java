package org.mxdr.servicelevels.boundary;

import java.util.List;

/** A page of the experts' queue across tenants and where the next one starts (null on the last page). */
public record ExpertQueuePage(List<QueueItem> items, String nextCursor) {
}
