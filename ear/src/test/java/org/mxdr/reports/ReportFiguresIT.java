package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.reports.boundary.MonthSummary;
import org.mxdr.reports.boundary.ReportService;
import org.mxdr.reports.boundary.TenantSummary;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportFigures.Count;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.TestClock;

/**
 * The figures of {@link ReportFixture} read through the boundary from the tenant's regional store
 * (answers computed by hand), the store isolation between regions and the role matrix.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class ReportFiguresIT {
    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReportFiguresIT.class, ReportsWorld.class, ReportFixture.class, StoreRows.class);
    }

    @Inject
    ReportService reports;

    ReportsWorld world;

    @Test
    void everyFigureOfTheMonthFromTheTenantsOwnRegionalStore() throws Exception {
        ReportFigures f = as(world.reader, () -> reports.overview(world.eu.id(), "2026-11-01", "2026-11-30").figures());
        assertEquals(3, f.investigated()); // first instant, mid-month, last millisecond
        assertEquals(3, f.resolved()); // first instant, mid-month, the one created just before
        assertEquals(1, f.resolvedDirectly());
        assertEquals(2, f.resolvedWithCustomer());
        // (2 h + 24 h + (24 h + 1 ms)) / 3 = 60,000,000 ms; median 24 h
        assertEquals(Duration.ofHours(16).plusMinutes(40), f.meanTimeToResolve());
        assertEquals(Duration.ofHours(24), f.medianTimeToResolve());
        // the month's three incidents' outcomes (i4 came in before the month): acknowledge YYY, classify YN-, resolve YN-
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(3, 3), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.ACKNOWLEDGE));
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(1, 2), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.CLASSIFY));
        assertEquals(new org.mxdr.servicelevels.entity.Compliance(1, 2), f.serviceLevels().get(org.mxdr.servicelevels.entity.ClockKind.RESOLVE));
        // experts: (2 h + 20 h + (23 h 30 min + 1 ms)) / 3 = 54,600,000 ms; customer: (0 + 4 h + 30 min) / 3 = 1 h 30 min
        assertEquals(Duration.ofHours(15).plusMinutes(10), f.meanExpertsTime());
        assertEquals(Duration.ofMinutes(90), f.meanCustomerTime());
        assertEquals(Duration.ofHours(1), f.medianCustomerTaskTime()); // 30 min, 1 h, 3 h; the skipped card not counted
        assertEquals(List.of(new Count("HIGH", 2), new Count("MEDIUM", 1), new Count("LOW", 0), new Count("INFORMATIONAL", 0)), f.bySeverity());
        assertEquals(List.of(new Count("Malware", 2), new Count("Phishing", 1)), f.byCategory());
        assertEquals(List.of(new Count("Execution", 2), new Count("Initial Access", 1)), f.byTactic());
        assertEquals(List.of(new Count("laptop-1", 2), new Count("d2", 1)), f.topDevices());
        assertEquals(List.of(new Count("Ann", 1)), f.topUsers());
        assertEquals(4, f.customerActions().size());
        assertEquals(1, f.customerActionsPending());
    }

    @Test
    void anEmptyRangeAndARangeSpanningMonths() throws Exception {
        ReportFigures empty = as(world.reader, () -> reports.overview(world.eu.id(), "2026-09-01", "2026-09-30").figures());
        assertTrue(empty.empty());
        assertNull(empty.meanTimeToResolve());
        assertTrue(empty.customerActions().isEmpty());
        // one day either side: every incident is in; the one resolved after November's end now resolves inside
        ReportFigures wide = as(world.reader, () -> reports.overview(world.eu.id(), "2026-10-31", "2026-12-01").figures());
        assertEquals(5, wide.investigated());
        assertEquals(4, wide.resolved());
        // (2 h + 24 h + (1 h + 1 ms) + (24 h + 1 ms)) / 4 = 45,900,000 ms
        assertEquals(Duration.ofMillis(45_900_000), wide.meanTimeToResolve());
        // the UTC day edge: December 1st alone holds the incident created on its first instant and the one resolved at 01:00
        ReportFigures december1 = as(world.reader, () -> reports.overview(world.eu.id(), "2026-12-01", "2026-12-01").figures());
        assertEquals(1, december1.investigated());
        assertEquals(1, december1.resolved());
    }

    @Test
    void anotherRegionsTenantChangesNothingAndItsOwnReportIsItsOwn() throws Exception {
        ReportFigures us = as(world.otherReader, () -> reports.overview(world.us.id(), "2026-11-01", "2026-11-30").figures());
        assertEquals(3, us.investigated());
        MonthSummary summary = as(world.delivery, () -> reports.summary("2026-11"));
        TenantSummary eu = summary.tenants().stream().filter(s -> s.tenantId().equals(world.eu.id())).findFirst().orElseThrow();
        // from the EU store only: the stray rows with its id in the US store count nowhere
        assertEquals(3, eu.investigated());
        assertEquals(3, eu.resolved());
        assertEquals(Duration.ofHours(16).plusMinutes(40), eu.meanTimeToResolve());
        assertEquals(1, eu.customerActionsPending());
        assertTrue(eu.available());
    }

    @Test
    void trendsArePerCalendarMonth() throws Exception {
        TestClock.fixAt(java.time.Instant.parse("2026-12-15T12:00:00Z"));
        List<ReportFigures> months;
        try {
            months = as(world.operator, () -> reports.trends(world.eu.id(), null));
        } finally {
            TestClock.reset();
        }
        assertEquals(6, months.size());
        assertEquals(ReportsWorld.NOVEMBER.minusMonths(4).atDay(1), months.get(0).period().from());
        assertEquals(java.time.LocalDate.of(2026, 12, 15), months.get(5).period().to());
        ReportFigures november = months.stream().filter(m -> m.period().from().equals(ReportsWorld.NOVEMBER.atDay(1))).findFirst().orElseThrow();
        assertEquals(3, november.investigated());
        assertEquals(3, november.resolved());
    }

    @Test
    void badPeriodsNameTheirField() throws Exception {
        assertEquals("from", as(world.reader, () -> assertThrows(BadInput.class, () -> reports.overview(world.eu.id(), "1.11.2026", null))).field());
        assertEquals("to", as(world.reader, () -> assertThrows(BadInput.class,
                () -> reports.overview(world.eu.id(), "2026-11-02", "2026-11-01"))).field());
        assertEquals("months", as(world.reader, () -> assertThrows(BadInput.class, () -> reports.trends(world.eu.id(), "0"))).field());
        assertEquals("month", as(world.delivery, () -> assertThrows(BadInput.class, () -> reports.summary("November"))).field());
    }

    @Test
    void roleMatrix() throws Exception {
        String eu = world.eu.id();
        for (String allowed : List.of(world.reader, world.operator, world.eu.admin(), world.delivery, world.commercial)) {
            assertEquals(eu, as(allowed, () -> reports.overview(eu, null, null).tenantId()), allowed);
        }
        assertEquals(eu, GrantedTenants.asAdmin(() -> reports.overview(eu, null, null).tenantId()));
        assertThrows(AccessDenied.class, () -> as(world.otherReader, () -> reports.overview(eu, null, null)));
        assertThrows(AccessDenied.class, () -> as(world.otherReader, () -> reports.trends(eu, null)));
        assertThrows(EJBAccessException.class, () -> as(world.expert, () -> reports.overview(eu, null, null)));
        assertThrows(EJBAccessException.class, () -> as(world.platform, () -> reports.overview(eu, null, null)));
        // the summary across tenants: delivery managers and provider admins only
        assertTrue(GrantedTenants.asAdmin(() -> reports.summary(null)).tenants().size() >= 2);
        assertThrows(EJBAccessException.class, () -> as(world.commercial, () -> reports.summary(null)));
        assertThrows(EJBAccessException.class, () -> as(world.reader, () -> reports.summary(null)));
        assertThrows(EJBAccessException.class, () -> as(world.expert, () -> reports.summary(null)));
    }

    private static <T> T as(String user, Callable<T> work) throws Exception {
        return As.user(user, Fixtures.PASSWORD, work);
    }
}
