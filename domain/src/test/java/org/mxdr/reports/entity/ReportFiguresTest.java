package org.mxdr.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mxdr.reports.entity.ReportFigures.Count;
import org.mxdr.reports.entity.ReportInputs.AssetRow;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportInputs.IncidentRow;

/** Every figure on a fixture whose answers are computed by hand in the comments. */
class ReportFiguresTest {
    static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    static final long HOUR = 3_600_000L;

    /** Created on the period's first instant, resolved 2 h later by the experts alone. */
    static final IncidentRow FIRST_INSTANT = incident("i1", "HIGH", "Malware", "Execution", "2026-11-01T00:00:00Z", "2026-11-01T02:00:00Z",
            "EXPERTS", 2 * HOUR, 2 * HOUR, 0);
    /** Resolved after 24 h with the customer's help, 4 h of it awaiting the customer. */
    static final IncidentRow WITH_HELP = incident("i2", "MEDIUM", "Phishing", "Initial Access", "2026-11-10T10:00:00Z", "2026-11-11T10:00:00Z",
            "WITH_CUSTOMER", 24 * HOUR, 20 * HOUR, 4 * HOUR);
    /** Created on the period's last millisecond, resolved after its end: investigated, not resolved. */
    static final IncidentRow ACROSS_THE_END = incident("i3", "HIGH", "Malware", "Execution", "2026-11-30T23:59:59.999Z", "2026-12-01T01:00:00Z",
            "EXPERTS", HOUR + 1, HOUR + 1, 0);
    /** Created a millisecond before the period, resolved in it: resolved, not investigated. */
    static final IncidentRow BEFORE_THE_START = incident("i4", "LOW", "Phishing", "Initial Access", "2026-10-31T23:59:59.999Z",
            "2026-11-02T00:00:00Z", "EXPERTS", 24 * HOUR + 1, 24 * HOUR + 1, 0);
    /** Created on the first instant after the period: not in it at all. */
    static final IncidentRow AFTER_THE_END = incident("i5", "INFORMATIONAL", "Recon", "Discovery", "2026-12-01T00:00:00Z", null, null, null,
            null, 0);

    static final List<CardRow> CARDS = List.of(
            card("i2", "2026-11-10T10:00:00Z", "CUSTOMER_COMPLETED", "2026-11-10T11:00:00Z", "2026-11-10T12:00:00Z"), // 1 h
            card("i2", "2026-11-10T10:00:00Z", "CUSTOMER_COMPLETED", "2026-11-10T11:00:00Z", "2026-11-10T14:00:00Z"), // 3 h
            card("i2", "2026-11-10T10:00:00Z", "SKIPPED", "2026-11-10T11:00:00Z", "2026-11-10T13:00:00Z"), // skipped: no time counted
            card("i3", "2026-11-30T23:59:59.999Z", "AWAITING_CUSTOMER", "2026-12-01T00:10:00Z", null),
            // of an October incident, completed in November after 30 min: its time counts, the card is not listed
            card("i0", "2026-10-20T10:00:00Z", "CUSTOMER_COMPLETED", "2026-11-01T00:00:00Z", "2026-11-01T00:30:00Z"));

    @Test
    void everyFigureOfAMonth() {
        ReportFigures f = ReportFigures.count(NOVEMBER, List.of(FIRST_INSTANT, WITH_HELP, ACROSS_THE_END, BEFORE_THE_START, AFTER_THE_END),
                List.of(new AssetRow("DEVICE", "d1", "laptop-1", 2), new AssetRow("DEVICE", "d2", null, 1), new AssetRow("USER", "u1", "Ann", 1)),
                CARDS);
        assertEquals(3, f.investigated()); // i1, i2, i3
        assertEquals(3, f.resolved()); // i1, i2, i4
        assertEquals(2, f.resolvedDirectly()); // i1, i4
        assertEquals(1, f.resolvedWithCustomer()); // i2
        // (2 h + 24 h + 24 h 1 ms) / 3 = 180,000,001 ms / 3 = 60,000,000 ms
        assertEquals(Duration.ofHours(16).plusMinutes(40), f.meanTimeToResolve());
        assertEquals(Duration.ofHours(24), f.medianTimeToResolve()); // 2 h, 24 h, 24 h 1 ms
        // experts: (2 h + 20 h + 24 h 1 ms) / 3 = 165,600,001 / 3 = 55,200,000 ms; customer: 4 h / 3
        assertEquals(Duration.ofHours(15).plusMinutes(20), f.meanExpertsTime());
        assertEquals(Duration.ofMinutes(80), f.meanCustomerTime());
        assertEquals(Duration.ofHours(1), f.medianCustomerTaskTime()); // 30 min, 1 h, 3 h
        assertEquals(3, f.cardsCompleted());
        assertEquals(List.of(new Count("HIGH", 2), new Count("MEDIUM", 1), new Count("LOW", 0), new Count("INFORMATIONAL", 0)), f.bySeverity());
        assertEquals(List.of(new Count("Malware", 2), new Count("Phishing", 1)), f.byCategory());
        assertEquals(List.of(new Count("Execution", 2), new Count("Initial Access", 1)), f.byTactic());
        assertEquals(List.of(new Count("laptop-1", 2), new Count("d2", 1)), f.topDevices());
        assertEquals(List.of(new Count("Ann", 1)), f.topUsers());
        assertEquals(4, f.customerActions().size());
        assertEquals(1, f.customerActionsPending());
        assertTrue(f.customerActions().stream().noneMatch(c -> c.incidentId().equals("i0")));
    }

    @Test
    void anEmptyPeriodHasZerosAndNoDurations() {
        ReportFigures f = ReportFigures.count(NOVEMBER, List.of(AFTER_THE_END), List.of(), List.of());
        assertTrue(f.empty());
        assertEquals(0, f.investigated());
        assertEquals(0, f.resolved());
        assertNull(f.meanTimeToResolve());
        assertNull(f.medianTimeToResolve());
        assertNull(f.meanExpertsTime());
        assertNull(f.medianCustomerTaskTime());
        assertEquals(4, f.bySeverity().size());
        assertTrue(f.bySeverity().stream().allMatch(c -> c.count() == 0));
        assertTrue(f.byCategory().isEmpty());
        assertTrue(f.topDevices().isEmpty());
    }

    @Test
    void aPeriodSpanningTwoMonthsCountsBoth() {
        ReportPeriod lateOctoberToEarlyDecember = new ReportPeriod(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1));
        ReportFigures f = ReportFigures.count(lateOctoberToEarlyDecember,
                List.of(FIRST_INSTANT, WITH_HELP, ACROSS_THE_END, BEFORE_THE_START, AFTER_THE_END), List.of(), CARDS);
        assertEquals(5, f.investigated());
        assertEquals(4, f.resolved()); // i3 now resolves inside; i5 is open
        // (2 h + 24 h + 1 h 1 ms + 24 h 1 ms) / 4 = 183,600,002 / 4 = 45,900,000 ms
        assertEquals(Duration.ofMillis(45_900_000), f.meanTimeToResolve());
        // median of 2 h, 1 h 1 ms, 24 h, 24 h 1 ms: (2 h + 24 h) / 2
        assertEquals(Duration.ofHours(13), f.medianTimeToResolve());
    }

    @Test
    void serviceLevelComplianceCountsThePeriodsIncidentsPerKind() {
        ReportPeriod november = ReportPeriod.month(java.time.YearMonth.of(2026, 11), java.time.LocalDate.of(2026, 12, 2));
        List<IncidentRow> rows = List.of(
                outcomes("a", "2026-11-02T10:00:00Z", "YYY"), outcomes("b", "2026-11-03T10:00:00Z", "YN-"),
                outcomes("c", "2026-11-04T10:00:00Z", "N--"), outcomes("d", "2026-11-05T10:00:00Z", null),
                outcomes("e", "2026-10-31T23:59:59Z", "NNN"));
        ReportFigures f = ReportFigures.count(november, rows, List.of(), List.of());
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(2, 3), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.ACKNOWLEDGE),
                "a and b met, c missed; d undecided; e came in October");
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(1, 2), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.CLASSIFY));
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(1, 1), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.RESOLVE));
        assertEquals("67 %", f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.ACKNOWLEDGE).percent());
    }

    private static IncidentRow outcomes(String id, String created, String slaMet) {
        return new IncidentRow(id, "HIGH", "Malware", "Execution", Instant.parse(created), null, null, null, null, 0, slaMet);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(Duration.ofMillis(2), ReportFigures.median(List.of(4L, 1L, 3L, 1L)));
        assertEquals(Duration.ofMillis(3), ReportFigures.median(List.of(3L)));
        assertEquals(Duration.ofMillis(1), ReportFigures.mean(List.of(1L, 2L)));
    }

    static IncidentRow incident(String id, String severity, String category, String tactic, String created, String resolved, String resolution,
                                Long resolveMs, Long expertMs, long customerMs) {
        return new IncidentRow(id, severity, category, tactic, Instant.parse(created), resolved == null ? null : Instant.parse(resolved),
                resolution, resolveMs, expertMs, customerMs, null);
    }

    static CardRow card(String incident, String incidentCreated, String state, String requested, String answered) {
        Instant req = Instant.parse(requested);
        Instant ans = answered == null ? null : Instant.parse(answered);
        return new CardRow(incident, "Incident " + incident, "HIGH", Instant.parse(incidentCreated), "DISABLE_USER", "u1", state, req, ans,
                ans == null ? null : Duration.between(req, ans).toMillis());
    }
}
