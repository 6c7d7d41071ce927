package org.mxdr.credits.control;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.JobLocks;
import org.mxdr.platform.Meters;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * The scheduled assignment: every hour at minute 5 (UTC) it assigns every period due and not yet
 * assigned within the catch-up window, so the first of the month's credits arrive minutes after
 * 00:00 UTC and periods missed while the server was down are caught up; then it sends the expiry
 * reminders. The timer is persistent, in the database store wildfly-config/ejb-timers.cli
 * configures, so of several servers sharing the database one runs each tick. Shortly after start,
 * a server runs one catch-up, unless any server ran the assignment within the hour (the row
 * {@code credit_catch_up} of {@link JobLocks}): a cluster catches up once, not once per node start.
 * The unique key would keep a repeat harmless anyway.
 * {@code MXDR_CREDITS_SCHEDULE=false} switches both off (the tests drive the job themselves).
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditAssignmentJob {
    private static final Logger LOG = Logger.getLogger(CreditAssignmentJob.class.getName());

    @Inject
    CreditAssignment assignment;

    @Inject
    CreditReminders reminders;

    @Inject
    JobLocks locks;

    @Inject
    Meters meters;

    @Resource
    TimerService timers;

    public record Tick(List<CreditAssignment.Run> runs, int tenantsReminded) {
        public long assigned() {
            return runs.stream().mapToLong(CreditAssignment.Run::assigned).sum();
        }
    }

    @PostConstruct
    void soonAfterStart() {
        if (enabled()) {
            timers.createSingleActionTimer(Settings.get("credits.start.delay.seconds").map(Long::parseLong).orElse(20L) * 1000,
                    new TimerConfig("credit catch-up after start", false));
        }
    }

    @Schedule(hour = "*", minute = "5", timezone = "UTC", persistent = true, info = "credit assignment and expiry reminders")
    void hourly() {
        if (enabled()) {
            safely(true);
        }
    }

    @Timeout
    void afterStart() {
        safely(false);
    }

    /** One tick as of the clock's today: catch-up, then reminders. */
    public Tick tick() {
        LocalDate today = assignment.today();
        List<CreditAssignment.Run> runs = assignment.catchUp(today);
        return new Tick(runs, reminders.sendDue(today));
    }

    private void safely(boolean scheduled) {
        try {
            if (scheduled) {
                locks.ran(JobLocks.CREDIT_CATCH_UP);
            } else if (!locks.claim(JobLocks.CREDIT_CATCH_UP, Duration.ofHours(1))) {
                LOG.fine("Credit catch-up after start skipped: the assignment ran within the hour on this cluster");
                return;
            }
            meters.job(scheduled ? "credit-assignment" : "credit-catch-up", this::tick);
        } catch (RuntimeException e) {
            // the next tick retries; whatever batches committed stay, exactly once
            LOG.log(Level.WARNING, "Credit assignment stopped; the next tick goes on", e);
        }
    }

    private static boolean enabled() {
        return CreditSettings.scheduled();
    }
}
