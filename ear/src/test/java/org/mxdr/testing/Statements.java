package org.mxdr.testing;

import java.util.concurrent.Callable;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs, in the server, from the
 * persistence unit's statistics (switched on for the count, off again after). The counter is the
 * whole server's, so a timer's query running meanwhile (the outbox polls every second in tests, the
 * webhook sender, the approvals and the escalation ladder on their own ticks) can only add to a run:
 * the fewest of several runs is the work's own.
 */
public final class Statements {
    /** Enough runs that one falls between the timers' passes, however many timers a suite has left busy. */
    private static final int RUNS = 25;

    private Statements() {
    }

    public static long fewest(EntityManagerFactory emf, Callable<?> work) throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                statistics.clear();
                work.call();
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    /**
     * Asserts that two counts are the same work's, give or take the one statement a timer of the
     * server can still slip into every run of a count (the counter is the server's): a page that
     * loaded per row would differ by a statement per row, which this still refuses.
     */
    public static void assertSameWork(long expected, long actual, String what) {
        if (Math.abs(expected - actual) > 1) {
            throw new AssertionError(what + ": " + expected + " and " + actual + " statements");
        }
    }
}
