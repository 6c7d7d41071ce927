package org.mxdr.reports.boundary;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.Callers;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportCsv;
import org.mxdr.reports.control.ReportPdf;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.reports.control.Reports;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * A tenant's reports, read from its own region's reporting store: its own users and the
 * provider's roles but experts read any; the summary across tenants is the delivery managers'
 * and provider admins'. Periods are UTC dates; bad ones are refused naming from, to or months.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR,
        Roles.TENANT_READER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReportService {

    @Inject
    Callers callers;

    @Inject
    Reports reports;

    @Inject
    ReportCsv csv;

    @Inject
    ReportPdf pdf;

    @Inject
    ReportingStores stores;

    /** The figures from {@code from} to {@code to} (UTC dates, both included; the last 30 days when both are missing). */
    public Report overview(@TenantId String tenantId, String from, String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.today());
        callers.requireTenant(tenantId, "read report");
        return reports.overview(tenantId, period);
    }

    /** The figures of each of the last {@code months} calendar months (6 when missing), the current one up to today. */
    public List<org.mxdr.reports.entity.ReportFigures> trends(@TenantId String tenantId, String months) {
        int n = ReportPeriod.months(months);
        callers.requireTenant(tenantId, "read report trends");
        return reports.trends(tenantId, n);
    }

    /** The overview with 6 months of trends: what the Reports page and the PDF show. */
    public Report withTrends(@TenantId String tenantId, String from, String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.today());
        callers.requireTenant(tenantId, "read report");
        return reports.withTrends(tenantId, period, ReportPeriod.DEFAULT_MONTHS);
    }

    /**
     * A page of the period's cards (those awaiting the customer first, then the newest asked) after
     * the cursor an overview or the page before answered; null for the first page.
     */
    public CursorPage<CardRow> customerActions(@TenantId String tenantId, String from, String to, String cursor, @PageSize int size) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.today());
        callers.requireTenant(tenantId, "read report");
        return reports.customerActions(tenantId, period, cursor, size);
    }

    /** {@code size} of the period's cards from the {@code first}th (from 0), in the same order: the console's table. */
    public List<CardRow> customerActionsFrom(@TenantId String tenantId, String from, String to, @FirstRow int first, @PageSize int size) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.today());
        callers.requireTenant(tenantId, "read report");
        return reports.customerActions(tenantId, period, first, size);
    }

    /** The period a report of the tenant covers, once the caller may read it: checked before a download starts. */
    public ReportPeriod readablePeriod(@TenantId String tenantId, String from, String to) {
        ReportPeriod period = ReportPeriod.parse(from, to, reports.today());
        callers.requireTenant(tenantId, "read report");
        return period;
    }

    /** The overview as CSV with every card of the period, streamed from the store as it is written. */
    public void writeCsv(@TenantId String tenantId, String from, String to, Writer out) {
        Report report = overview(tenantId, from, to);
        csv.write(report, out, each -> reports.eachCustomerAction(tenantId, report.figures().period(), each));
    }

    public void writePdf(@TenantId String tenantId, String from, String to, OutputStream out) {
        pdf.write(withTrends(tenantId, from, to), out);
    }

    /**
     * {@code POST /jobs/report-figures?tenant=}: counts the tenant's figures per day again from its
     * rows in its regional store, after rows were restored or written there without the relay.
     */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recount(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new org.mxdr.platform.BadInput("tenant", "tenant must be the id of the tenant whose figures to count again.");
        }
        stores.recountTenant(tenantId.trim());
    }

    /** Every tenant's month (the previous month when missing, as 2026-11). */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.DELIVERY_MANAGER})
    public MonthSummary summary(String month) {
        java.time.YearMonth m = ReportPeriod.yearMonth(month, reports.today());
        return new MonthSummary(m, reports.summary(ReportPeriod.month(m, reports.today())));
    }
}
