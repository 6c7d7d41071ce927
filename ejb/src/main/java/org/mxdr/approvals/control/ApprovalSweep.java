package org.mxdr.approvals.control;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.platform.Meters;
import org.mxdr.platform.Settings;

/**
 * Every minute (a persistent timer in the database store, so one server of several runs each
 * tick) sends the approval reminders that are due and times out the requests unanswered in time,
 * as of the injected clock. {@code MXDR_APPROVAL_SWEEP_SCHEDULE=false} stops the ticks.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApprovalSweep {
    private static final Logger LOG = Logger.getLogger(ApprovalSweep.class.getName());
    private static final int BATCH = 200;

    @Inject
    Approvals approvals;

    @Inject
    Meters meters;

    @Schedule(hour = "*", minute = "*", second = "15", timezone = "UTC", persistent = true, info = "approval reminders and timeouts")
    void everyMinute() {
        if (!Settings.get("approval.sweep.schedule").map(Boolean::parseBoolean).orElse(true)) {
            return;
        }
        try {
            meters.job("approval-sweep", this::run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Approval reminders and timeouts failed; the next minute retries", e);
        }
    }

    /** Handles everything due now; returns the reminders sent and the requests timed out. */
    public Result run() {
        int reminded = 0;
        int timedOut = 0;
        while (true) {
            List<String> due = approvals.due(BATCH);
            int done = 0;
            for (String id : due) {
                ApprovalState outcome = approvals.remindOrTimeOut(id);
                if (outcome == ApprovalState.PENDING) {
                    reminded++;
                    done++;
                } else if (outcome == ApprovalState.TIMED_OUT) {
                    timedOut++;
                    done++;
                }
            }
            if (due.size() < BATCH || done == 0) {
                return new Result(reminded, timedOut);
            }
        }
    }

    public record Result(int reminded, int timedOut) {
    }
}
