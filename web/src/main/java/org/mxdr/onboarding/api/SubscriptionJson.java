package org.mxdr.onboarding.api;

import java.time.Instant;
import java.time.LocalDate;

import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.entity.Subscription;

/**
 * A tenant's subscription as the API shows it; only {@code status} ("NONE") when there is none.
 * The consent to hunting-data access is shown with its date.
 */
public record SubscriptionJson(String status, String id, LocalDate termStart, LocalDate termEnd, Integer seats, String creditPolicy,
                               String language, Boolean huntingDataConsent, Instant huntingDataConsentAt,
                               String transactedBy, Instant transactedAt, String terminatedBy, Instant terminatedAt) {

    public static SubscriptionJson of(SubscriptionSummary summary) {
        Subscription s = summary.subscription();
        if (s == null) {
            return new SubscriptionJson(summary.status().name(), null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new SubscriptionJson(summary.status().name(), s.getId(), s.getTerm().firstDay(), s.getTerm().lastDay(), s.getSeats(),
                s.getCreditPolicy().name(), s.getLanguage(), s.isHuntingConsent(), s.getHuntingConsentAt(),
                s.getTransactedBy(), s.getTransactedAt(), s.getTerminatedBy(), s.getTerminatedAt());
    }
}
