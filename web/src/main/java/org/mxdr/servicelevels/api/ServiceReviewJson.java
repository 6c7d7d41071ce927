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

        /** Per target by its field name (acknowledge, classify, resolve); the tenant's report answers the same. */
        public static Map<String, ComplianceJson> of(Map<ClockKind, Compliance> compliance) {
            Map<String, ComplianceJson> json = new TreeMap<>();
            for (ClockKind k : ClockKind.values()) {
                Compliance c = compliance.getOrDefault(k, Compliance.NONE);
                json.put(k.field(), new ComplianceJson(c.met(), c.decided(), c.share()));
            }
            return json;
        }
    }

    static TenantJson of(ServiceReviewRow r) {
        Map<String, Long> open = new TreeMap<>();
        for (Severity s : Severity.values()) {
            open.put(s.name(), r.openCount(s));
        }
        return new TenantJson(r.tenantId(), r.tenantName(), r.readiness().name(), open, ComplianceJson.of(r.compliance()),
                r.meanTimeToAcknowledge() == null ? null : r.meanTimeToAcknowledge().withNanos(0).toString(),
                r.meanTimeToResolve() == null ? null : r.meanTimeToResolve().withNanos(0).toString(), r.pendingCustomerActions(), r.creditsUsed(),
                r.grantExpiresAt());
    }
}
