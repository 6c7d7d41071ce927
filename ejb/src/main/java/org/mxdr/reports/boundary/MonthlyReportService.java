package org.mxdr.reports.boundary;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Roles;
import org.mxdr.reports.control.MonthlyReports;
import org.mxdr.reports.control.Reports;
import org.mxdr.reports.entity.ReportPeriod;

/**
 * {@code POST /jobs/monthly-report?month=}: the provider admin sends a month's reports now (the
 * previous month when missing). Idempotent: a tenant's month goes out once, whoever runs it.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyReportService {

    @Inject
    MonthlyReports monthly;

    @Inject
    Reports reports;

    public MonthlyReports.Run send(String month) {
        YearMonth m = ReportPeriod.yearMonth(month, reports.today());
        if (!m.isBefore(YearMonth.from(reports.today()))) {
            throw new BadInput("month", m + " has not ended: its report goes out on " + m.plusMonths(1).atDay(1) + ".");
        }
        return monthly.send(m);
    }
}
