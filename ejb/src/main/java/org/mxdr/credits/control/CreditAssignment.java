package org.mxdr.credits.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditRules;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.TableStatistics;

/**
 * Assigns a period's credits to every subscription due them, batch by batch, each batch its own
 * transaction, so memory stays bounded and a run killed midway leaves whole batches behind; the
 * next run (or the other node's) does the rest. The unique key on (subscription, period) makes it
 * exactly once. Runs outside any caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditAssignment {
    private static final Logger LOG = Logger.getLogger(CreditAssignment.class.getName());
    static final int MAX_COLLISIONS = 20;

    /** What a run did for one period. */
    public record Run(CreditPeriod period, long assigned, long credits, int batches, long millis, boolean complete) {
    }

    /** Decides after each committed batch whether the run goes on; tests use it to stop a run midway. */
    public interface Continuation {
        boolean afterBatch(int batchesDone);
    }

    @Inject
    AssignmentBatch batches;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    public Run assign(CreditPeriod period, LocalDate today) {
        return assign(period, today, CreditSettings.batchSize(), done -> true);
    }

    public Run assign(CreditPeriod period, LocalDate today, int batchSize, Continuation continuation) {
        long started = System.nanoTime();
        // a bulk of new subscriptions the statistics do not know made each batch read all of them and sort
        statistics(true, "subscription", "credit_grant");
        String after = "";
        long assigned = 0;
        long credits = 0;
        int done = 0;
        int collisions = 0;
        while (true) {
            AssignmentBatch.Result batch = batches.grantNext(period, today, after, batchSize);
            if (batch.collided()) {
                if (++collisions > MAX_COLLISIONS) {
                    throw new IllegalStateException("Credits of " + period + ": another run keeps granting the same subscriptions; try again later.");
                }
                continue;
            }
            assigned += batch.granted();
            credits += batch.credits();
            if (batch.scanned() > 0) {
                done++;
            }
            if (batch.scanned() < batchSize) {
                return finished(period, assigned, credits, done, started, true);
            }
            after = batch.last();
            if (!continuation.afterBatch(done)) {
                return finished(period, assigned, credits, done, started, false);
            }
        }
    }

    /** Every period due by today that has begun within the catch-up window, for both policies: what the schedule runs. */
    public List<Run> catchUp(LocalDate today) {
        List<Run> runs = new ArrayList<>();
        for (CreditPolicy policy : CreditPolicy.values()) {
            for (CreditPeriod period : CreditRules.of(policy).periodsSince(today, CreditSettings.catchUpMonths())) {
                runs.add(assign(period, today));
            }
        }
        return runs;
    }

    /**
     * The batch query walks the subscriptions by id, and the removal of subscriptions checks
     * credit_grant by index, only while the statistics know the tables' sizes (PostgreSQL; counted in
     * the run's time): before a run where they are stale, after a run that added many grants.
     */
    private void statistics(boolean onlyStale, String... tables) {
        try (Connection c = dataSource.getConnection()) {
            if (onlyStale) {
                TableStatistics.refreshStale(c, tables);
            } else {
                TableStatistics.refresh(c, tables);
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Statistics of " + String.join(", ", tables) + " not refreshed: " + e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Run finished(CreditPeriod period, long assigned, long credits, int batches, long started, boolean complete) {
        if (assigned >= CreditSettings.batchSize()) {
            statistics(false, "credit_grant");
        }
        Run run = new Run(period, assigned, credits, batches, (System.nanoTime() - started) / 1_000_000, complete);
        if (assigned > 0) {
            LOG.info(() -> "Credits of " + period + ": " + run.assigned() + " subscriptions, " + run.credits() + " credits in "
                    + run.millis() + " ms" + (complete ? "" : " (stopped before the end)"));
        }
        return run;
    }
}
