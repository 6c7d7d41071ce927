package org.mxdr.onboarding.api;

import java.time.Instant;

import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.entity.Tenant;

/** A tenant as the API shows it; one tenant comes with its subscription summary, a page of tenants without. */
public record TenantJson(String id, String name, String cloud, String region, String regionName, String language,
                         String adminEmail, Instant createdAt, SubscriptionJson subscription) {

    public static TenantJson of(Tenant t) {
        return of(t, null);
    }

    public static TenantJson of(Tenant t, SubscriptionSummary subscription) {
        return new TenantJson(t.getId(), t.getName(), t.getCloud().name(), t.getRegion().name(), t.getRegion().label(),
                t.getLanguage(), t.getAdminEmail(), t.getCreatedAt(), subscription == null ? null : SubscriptionJson.of(subscription));
    }
}
