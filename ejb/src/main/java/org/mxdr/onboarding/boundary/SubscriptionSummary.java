package org.mxdr.onboarding.boundary;

import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.SubscriptionStatus;

/** A tenant's latest subscription with its status today; NONE and no subscription when it never bought one. */
public record SubscriptionSummary(SubscriptionStatus status, Subscription subscription) {

    public static SubscriptionSummary none() {
        return new SubscriptionSummary(SubscriptionStatus.NONE, null);
    }

    public boolean isCurrent() {
        return status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.SCHEDULED;
    }

    public boolean isPresent() {
        return subscription != null;
    }
}
