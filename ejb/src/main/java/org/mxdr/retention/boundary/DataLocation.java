package org.mxdr.retention.boundary;

import java.time.Instant;
import java.util.List;

/**
 * Where each class of a tenant's data lives and how long it is kept: what the Data location page
 * and {@code GET /tenants/{t}/data-location} show.
 */
public record DataLocation(String tenantId, String tenantName, Store operational, Store reporting, Store hunting, Kept retention) {

    /** A store: its region (null where the console holds nothing), its name, the data classes in it and how long they stay. */
    public record Store(String region, String regionName, String store, List<String> dataClasses, String kept) {
        /** The data classes as one line, for the page. */
        public String dataClassesText() {
            return String.join(", ", dataClasses);
        }
    }

    /**
     * The retention: the grace period, when the subscription ended (null while current or never
     * bought), the day the data may be purged from, and the legal hold that stops it.
     */
    public record Kept(int graceDays, String subscriptionStatus, Instant endedAt, Instant retainUntil, boolean legalHold,
                       String legalHoldReason, String legalHoldBy, Instant legalHoldSince) {
    }
}
