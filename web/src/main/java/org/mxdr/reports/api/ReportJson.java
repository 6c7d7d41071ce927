package org.mxdr.reports.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.entity.HowWeCount;
import org.mxdr.servicelevels.api.ServiceReviewJson.ComplianceJson;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;

/** A report's figures as the API answers them: durations ISO-8601 (PT2H5M), null where nothing was resolved or completed. */
public record ReportJson(String tenantId, String tenantName, String region, LocalDate from, LocalDate to, long investigated, long resolved,
                         long resolvedDirectly, long resolvedWithCustomer, MeanTimeToResolve meanTimeToResolve, String medianTimeToResolve,
                         String medianCustomerTaskTime, long cardsCompleted, Map<String, Long> bySeverity, Map<String, Long> byCategory,
                         Map<String, Long> byTactic, List<Count> topDevices, List<Count> topUsers, List<CustomerAction> customerActions,
                         Long customerActionsTotal, Long customerActionsPending, String customerActionsNext,
                         Map<String, ComplianceJson> serviceLevels, List<String> howWeCount) {

    /** The mean time to resolve, and its parts: the experts' time and the customer's (awaiting the customer's action). */
    public record MeanTimeToResolve(String total, String experts, String customer) {
    }

    public record Count(String name, long incidents) {
    }

    public record CustomerAction(String id, String incidentId, String incidentTitle, String severity, String type, String target, String state,
                                 Instant requestedAt, Instant answeredAt) {
    }

    /** A page of a period's cards; {@code nextCursor} asks for the next one (null on the last page). */
    public record CustomerActionPage(LocalDate from, LocalDate to, List<CustomerAction> items, String nextCursor, int size) {
    }

    /** The figures of each month, oldest first; a month lists no cards (customerActions), the overview does. */
    public record Trends(String tenantId, int months, List<ReportJson> items) {
    }

    public static ReportJson of(Report r) {
        return of(r.tenantId(), r.tenantName(), r.region().name(), r.figures(), true);
    }

    static ReportJson of(String tenantId, String tenantName, String region, ReportFigures f, boolean definitions) {
        return new ReportJson(tenantId, tenantName, region, f.period().from(), f.period().to(), f.investigated(), f.resolved(),
                f.resolvedDirectly(), f.resolvedWithCustomer(),
                new MeanTimeToResolve(iso(f.meanTimeToResolve()), iso(f.meanExpertsTime()), iso(f.meanCustomerTime())),
                iso(f.medianTimeToResolve()), iso(f.medianCustomerTaskTime()), f.cardsCompleted(), map(f.bySeverity()), map(f.byCategory()),
                map(f.byTactic()), counts(f.topDevices()), counts(f.topUsers()),
                definitions ? f.customerActions().stream().map(ReportJson::action).toList() : null,
                definitions ? f.customerActionsTotal() : null, definitions ? f.customerActionsPending() : null,
                definitions ? f.cards().nextCursor() : null, ComplianceJson.of(f.serviceLevels()),
                definitions ? HowWeCount.ALL : null);
    }

    static String iso(Duration d) {
        return d == null ? null : d.toString();
    }

    private static Map<String, Long> map(List<ReportFigures.Count> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.forEach(c -> m.put(c.name(), c.count()));
        return m;
    }

    private static List<Count> counts(List<ReportFigures.Count> counts) {
        return counts.stream().map(c -> new Count(c.name(), c.count())).toList();
    }

    static CustomerAction action(CardRow c) {
        return new CustomerAction(c.actionId(), c.incidentId(), c.incidentTitle(), c.severity(), c.type(), c.target(), c.state(), c.requestedAt(), c.answeredAt());
    }
}
