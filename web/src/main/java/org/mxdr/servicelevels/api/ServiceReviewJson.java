package org.mxdr.servicelevels.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/** The service review of a month: one entry per tenant with a subscription, by name. */
public record ServiceReviewJson(String month, List<TenantJson> tenants) {

    /** @param compliance per target (acknowledge, classify, resolve): met, decided and their share (null when none was decided) */
    public record TenantJson(String tenantId, String tenantName, String readiness, Map<String, Long> openIncidents,
                             Map<String, ComplianceJson> compliance, String meanTimeToAcknowledge, String meanTimeToResolve,
                             long pendingCustomerActions, long creditsUsed, Instant grantExpiresAt) {
    }

    public record ComplianceJson(long met, long decided, Double share) {
    }

    static TenantJson of(ServiceReviewRow r) {
        Map<String, Long> open = new TreeMap<>();
        for (Severity s : Severity.values()) {
            open.put(s.name(), r.openCount(s));
        }
        Map<String, ComplianceJson> compliance = new TreeMap<>();
        for (ClockKind k : ClockKind.values()) {
            Compliance c = r.complianceOf(k);
            compliance.put(k.field(), new ComplianceJson(c.met(), c.decided(), c.share()));
        }
        return new TenantJson(r.tenantId(), r.tenantName(), r.readiness().name(), open, compliance,
                r.meanTimeToAcknowledge() == null ? null : r.meanTimeToAcknowledge().withNanos(0).toString(),
                r.meanTimeToResolve() == null ? null : r.meanTimeToResolve().withNanos(0).toString(), r.pendingCustomerActions(), r.creditsUsed(),
                r.grantExpiresAt());
    }
}
