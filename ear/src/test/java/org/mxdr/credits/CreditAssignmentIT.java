package org.mxdr.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.credits.CreditWorld.Subscribed;
import org.mxdr.credits.control.CreditAssignment;
import org.mxdr.credits.control.CreditAssignmentJob;
import org.mxdr.credits.control.Ledgers;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditState;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.TestClock;

/**
 * The assignment job through the EJB layer: exactly once per subscription and period whatever
 * runs twice, at once or after a crash midway; catching up missed periods; nothing for a
 * terminated subscription. Each test lives in a year of its own, so no test sees another's periods.
 */
@ExtendWith(ArquillianExtension.class)
class CreditAssignmentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(CreditAssignmentIT.class, CreditWorld.class);
    }

    @Inject
    CreditWorld world;

    @Inject
    CreditAssignment assignment;

    @Inject
    CreditAssignmentJob job;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void twoConcurrentRunsForTheSamePeriodGrantOnce() throws Exception {
        world.clockAt(Instant.parse("2031-05-10T08:00:00Z"));
        List<Subscribed> subscribed = subscribe(12, "concurrent", "2031-01-01", "2031-12-31", CreditPolicy.MONTHLY);
        CreditPeriod may = CreditPeriod.parse("2031-05");
        LocalDate today = LocalDate.parse("2031-05-10");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CreditAssignment.Run>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                return assignment.assign(may, today, 2, done -> true);
            }));
        }
        start.countDown();
        long assigned = 0;
        for (Future<CreditAssignment.Run> run : runs) {
            CreditAssignment.Run r = run.get();
            assertTrue(r.complete());
            assigned += r.assigned();
        }
        assertTrue(assigned >= subscribed.size(), "between them the runs assigned every subscription: " + assigned);
        for (Subscribed s : subscribed) {
            assertEquals(1, world.grants(s.subscriptionId(), "2031-05"), "granted once");
            assertEquals(2, world.credits(s.subscriptionId()), "two credits, not four");
        }
        assertEquals(0, assignment.assign(may, today).assigned(), "a third run finds nothing to do");
        Ledgers.Ledger ledger = world.ledger(subscribed.get(0));
        assertEquals(2, ledger.totals().remaining());
    }

    @Test
    void aRunInterruptedAfterHalfTheTenantsIsCompletedByTheNextWithoutDoubles() throws Exception {
        world.clockAt(Instant.parse("2032-05-03T00:30:00Z"));
        List<Subscribed> subscribed = subscribe(10, "interrupted", "2032-02-01", "2033-01-31", CreditPolicy.MONTHLY);
        CreditPeriod may = CreditPeriod.parse("2032-05");
        LocalDate today = LocalDate.parse("2032-05-03");
        // one subscription per batch, each batch committed on its own; the run dies after the fifth
        CreditAssignment.Run interrupted = assignment.assign(may, today, 1, done -> done < 5);
        assertFalse(interrupted.complete());
        assertEquals(5, interrupted.assigned());
        long grantedBefore = subscribed.stream().filter(s -> world.grants(s.subscriptionId(), "2032-05") == 1).count();
        assertTrue(grantedBefore <= 5, "at most the five batches that committed: " + grantedBefore);

        CreditAssignment.Run rerun = assignment.assign(may, today);
        assertTrue(rerun.complete());
        assertTrue(rerun.assigned() >= subscribed.size() - grantedBefore, "the rest: " + rerun);
        for (Subscribed s : subscribed) {
            assertEquals(1, world.grants(s.subscriptionId(), "2032-05"));
            assertEquals(2, world.credits(s.subscriptionId()));
            assertEquals(2, world.ledger(s).totals().assigned());
        }
        assertEquals(0, assignment.assign(may, today).assigned());
    }

    @Test
    void threeMissedMonthsAreCaughtUpByTheScheduledJob() throws Exception {
        world.clockAt(Instant.parse("2033-09-01T00:05:00Z"));
        Subscribed monthly = subscribe(1, "catch-up", "2033-09-01", "2034-08-31", CreditPolicy.MONTHLY).get(0);
        Subscribed quarterly = subscribe(1, "catch-up quarterly", "2033-07-01", "2034-06-30", CreditPolicy.QUARTERLY).get(0);
        job.tick();
        assertEquals(List.of("2033-09"), world.periods(monthly.subscriptionId()));
        assertEquals(List.of("2033-Q3"), world.periods(quarterly.subscriptionId()));

        // the server is down through October, November and December; it comes back on 15 January
        world.clockAt(Instant.parse("2034-01-15T10:00:00Z"));
        CreditAssignmentJob.Tick tick = job.tick();
        assertTrue(tick.assigned() >= 5, tick.toString());
        assertEquals(List.of("2033-09", "2033-10", "2033-11", "2033-12", "2034-01"), world.periods(monthly.subscriptionId()));
        assertEquals(List.of("2033-Q3", "2033-Q4", "2034-Q1"), world.periods(quarterly.subscriptionId()));
        job.tick();
        assertEquals(10, world.credits(monthly.subscriptionId()), "a second tick adds nothing");

        Ledgers.Ledger m = world.ledger(monthly);
        // September's credits expired on 30 November, October's on 30 December (90 days each)
        assertEquals(10, m.totals().assigned());
        assertEquals(4, m.totals().expired());
        assertEquals(6, m.totals().remaining());
        Ledgers.Ledger q = world.ledger(quarterly);
        assertEquals(30, q.totals().assigned());
        assertEquals(20, q.totals().expired(), "2033's quarters expired at the end of the year");
        assertEquals(10, q.totals().remaining());
        assertTrue(q.entries().stream().filter(e -> e.line().state() == CreditState.AVAILABLE)
                .allMatch(e -> e.line().expiresOn().equals(LocalDate.parse("2034-07-01"))), "2034's expire with the subscription");
    }

    @Test
    void aTerminatedSubscriptionGetsNoNewCredits() throws Exception {
        world.clockAt(Instant.parse("2034-02-01T00:00:00Z"));
        Subscribed ending = subscribe(1, "terminated", "2034-01-01", "2034-12-31", CreditPolicy.MONTHLY).get(0);
        Subscribed going = subscribe(1, "going on", "2034-01-01", "2034-12-31", CreditPolicy.MONTHLY).get(0);
        assignment.assign(CreditPeriod.parse("2034-02"), LocalDate.parse("2034-02-01"));
        assertEquals(2, world.credits(ending.subscriptionId()));

        world.clockAt(Instant.parse("2034-02-20T12:00:00Z"));
        world.terminate(ending);
        world.clockAt(Instant.parse("2034-03-01T00:05:00Z"));
        job.tick();
        assertEquals(List.of("2034-02"), world.periods(ending.subscriptionId()), "nothing after the termination, nor caught up");
        assertEquals(List.of("2034-01", "2034-02", "2034-03"), world.periods(going.subscriptionId()), "January caught up, March on time");
        Ledgers.Ledger ended = world.ledger(ending);
        assertEquals(2, ended.totals().assigned());
        assertEquals(2, ended.totals().expired(), "its unused credits ended with it");
        assertEquals(0, ended.totals().remaining());
        assertTrue(ended.entries().stream().allMatch(e -> e.line().expiresOn().equals(LocalDate.parse("2034-02-20"))));
        assertEquals(6, world.ledger(going).totals().remaining());
    }

    private List<Subscribed> subscribe(int n, String label, String start, String end, CreditPolicy policy) throws Exception {
        return world.subscribed(n, label, LocalDate.parse(start), LocalDate.parse(end), policy);
    }
}
