package org.mxdr.reports.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.CursorPage;
import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.boundary.TenantSummary;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * Assembles reports, the one place that does: a tenant's figures for a period, per month for the
 * trends, and the summary across tenants. A figure added to the report is added here (and counted
 * in {@link ReportFigures}), so the page, the API, the CSV, the PDF and the monthly mail all show it.
 */
@Stateless
@PermitAll
public class Reports {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Tenants tenants;

    @Inject
    ReportFacts facts;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public Report overview(String tenantId, ReportPeriod period) {
        Tenant t = tenants.find(tenantId);
        return new Report(t.getId(), t.getName(), t.getRegion(), facts.figures(t.getRegion(), t.getId(), period), List.of());
    }

    /** The period's figures and those of the {@code months} calendar months up to today. */
    public Report withTrends(String tenantId, ReportPeriod period, int months) {
        Tenant t = tenants.find(tenantId);
        return new Report(t.getId(), t.getName(), t.getRegion(), facts.figures(t.getRegion(), t.getId(), period),
                months(t, ReportPeriod.lastMonths(months, today())));
    }

    /** The figures of the {@code months} calendar months up to today, oldest first. */
    public List<ReportFigures> trends(String tenantId, int months) {
        return months(tenants.find(tenantId), ReportPeriod.lastMonths(months, today()));
    }

    /** A month of the trends lists no cards: the period's figures do. The months are read together. */
    private List<ReportFigures> months(Tenant t, List<ReportPeriod> months) {
        return facts.figures(t.getRegion(), t.getId(), months);
    }

    /** A page of the period's cards after the cursor (null: the first page). */
    public CursorPage<CardRow> customerActions(String tenantId, ReportPeriod period, String cursor, int size) {
        Tenant t = tenants.find(tenantId);
        return facts.customerActions(t.getRegion(), t.getId(), period, cursor, size);
    }

    /** {@code size} of the period's cards from the {@code first}th. */
    public List<CardRow> customerActions(String tenantId, ReportPeriod period, int first, int size) {
        Tenant t = tenants.find(tenantId);
        return facts.customerActions(t.getRegion(), t.getId(), period, first, size);
    }

    /** Every card of the period, in the list's order, each handed over as read. */
    public void eachCustomerAction(String tenantId, ReportPeriod period, Consumer<CardRow> each) {
        Tenant t = tenants.find(tenantId);
        facts.eachCustomerAction(t.getRegion(), t.getId(), period, each);
    }

    /** A calendar month and the 6 months ending with it: the monthly report. */
    public Report ofMonth(String tenantId, java.time.YearMonth month) {
        Tenant t = tenants.find(tenantId);
        ReportPeriod period = ReportPeriod.month(month, today());
        return new Report(t.getId(), t.getName(), t.getRegion(), facts.figures(t.getRegion(), t.getId(), period),
                months(t, ReportPeriod.lastMonths(ReportPeriod.DEFAULT_MONTHS, period.to())));
    }

    public List<TenantSummary> summary(ReportPeriod month) {
        Map<Region, Map<String, ReportFacts.TenantMonth>> byRegion = new EnumMap<>(Region.class);
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.name, t.id", Tenant.class).getResultStream().map(t -> {
            Map<String, ReportFacts.TenantMonth> months = byRegion.computeIfAbsent(t.getRegion(), r -> {
                try {
                    return facts.months(r, month);
                } catch (StoreDown e) {
                    return null;
                }
            });
            ReportFacts.TenantMonth m = months == null ? ReportFacts.TenantMonth.NONE : months.getOrDefault(t.getId(), ReportFacts.TenantMonth.NONE);
            Duration mean = m.resolved() == 0 ? null : Duration.ofMillis(m.resolveMsTotal() / m.resolved());
            return new TenantSummary(t.getId(), t.getName(), t.getRegion(), m.investigated(), m.resolved(), mean, m.cardsPending(), months != null);
        }).toList();
    }
}
