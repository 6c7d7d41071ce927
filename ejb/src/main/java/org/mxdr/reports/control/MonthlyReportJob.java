package org.mxdr.reports.control;

import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * Sends the previous month's reports: every hour at minute 25 (UTC), so they go out on the first
 * of the month, and a server down on the first catches up at its next tick. The timer is
 * persistent in the shared database store (one node runs each tick); the mark per tenant and month
 * keeps every re-run harmless. {@code MXDR_REPORTS_MONTHLY_SCHEDULE=false} switches it off (the
 * tests drive the job themselves).
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthlyReportJob {
    private static final Logger LOG = Logger.getLogger(MonthlyReportJob.class.getName());

    @Inject
    MonthlyReports monthly;

    @Inject
    Reports reports;

    @Schedule(hour = "*", minute = "25", timezone = "UTC", persistent = true, info = "monthly report")
    void hourly() {
        if (!Settings.get("reports.monthly.schedule").map(Boolean::parseBoolean).orElse(true)) {
            return;
        }
        try {
            MonthlyReports.Run run = tick();
            if (run.handled() > 0) {
                LOG.info(() -> "Monthly report " + run.month() + ": " + run.handled() + " tenants handled, " + run.mailed() + " mailed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Monthly report stopped; the next tick goes on", e);
        }
    }

    /** The previous month's reports, as of the clock's today. */
    public MonthlyReports.Run tick() {
        return monthly.send(YearMonth.from(reports.today()).minusMonths(1));
    }
}
