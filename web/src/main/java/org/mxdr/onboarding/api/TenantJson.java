package org.mxdr.onboarding.api;

import java.time.Instant;

import org.mxdr.onboarding.entity.Tenant;

/** A tenant as the API shows it. The subscription summary grows with the commercial path. */
public record TenantJson(String id, String name, String cloud, String region, String regionName, String language,
                         String adminEmail, Instant createdAt, SubscriptionSummary subscription) {

    public record SubscriptionSummary(String status) {
    }

    public static TenantJson of(Tenant t) {
        return new TenantJson(t.getId(), t.getName(), t.getCloud().name(), t.getRegion().name(), t.getRegion().label(),
                t.getLanguage(), t.getAdminEmail(), t.getCreatedAt(), new SubscriptionSummary("NONE"));
    }
}
