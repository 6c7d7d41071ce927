package org.mxdr.servicelevels.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/**
 * One tenant in the delivery manager's service review of a month.
 *
 * @param readiness          whether the service runs: a current subscription and a live grant
 * @param openBySeverity     incidents open now, per severity (absent: none)
 * @param compliance         per target, the share met of the month's incidents whose target was decided
 * @param meanTimeToAcknowledge of the month's incidents taken; null when none was
 * @param meanTimeToResolve  of the month's incidents resolved (time awaiting the customer not counted); null when none was
 * @param pendingCustomerActions cards awaiting the customer's answer now
 * @param creditsUsed        credits used in the month
 * @param grantExpiresAt     the grant's expiry when it falls within 14 days, otherwise null
 */
public record ServiceReviewRow(String tenantId, String tenantName, Readiness readiness, Map<Severity, Long> openBySeverity,
                               Map<ClockKind, Compliance> compliance, Duration meanTimeToAcknowledge, Duration meanTimeToResolve,
                               long pendingCustomerActions, long creditsUsed, Instant grantExpiresAt) {

    public enum Readiness {
        LIVE("Live"), AWAITING_GRANT("Awaiting the experts' access"), NO_SUBSCRIPTION("No current subscription");

        private final String label;

        Readiness(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public long open() {
        return openBySeverity.values().stream().mapToLong(Long::longValue).sum();
    }

    public long openCount(Severity severity) {
        return openBySeverity.getOrDefault(severity, 0L);
    }

    public Compliance complianceOf(ClockKind kind) {
        return compliance.getOrDefault(kind, Compliance.NONE);
    }
}
