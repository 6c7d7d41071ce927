package org.mxdr.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Keeps the planner's statistics of the application's tables fresh on PostgreSQL, every minute, as
 * autovacuum's analyze would: a table never analyzed, or changed by more than a tenth of its rows
 * since, is analyzed. Where autovacuum runs it has mostly done so already and this finds nothing;
 * where it is off (a choice some installations make), the plans stay made for empty tables: with
 * 10,000 incidents in a tenant, each page of its queue read and sorted all of them (12 ms) instead
 * of reading 21 rows from the queue's index. On H2, which plans without such statistics, it does
 * nothing. A persistent timer in the database store, so one server of several runs each tick.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsJob {
    private static final Logger LOG = Logger.getLogger(StatisticsJob.class.getName());

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    Meters meters;

    @Schedule(hour = "*", minute = "*", second = "15", timezone = "UTC", persistent = true, info = "planner statistics of stale tables")
    void everyMinute() {
        try {
            meters.job("table-statistics", this::run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refreshing the tables' statistics failed; the next tick tries again", e);
        }
    }

    /** Analyzes the stale tables; the ones it analyzed. */
    public List<String> run() {
        try (Connection c = dataSource.getConnection()) {
            List<String> analyzed = TableStatistics.refreshStale(c);
            if (!analyzed.isEmpty()) {
                LOG.fine(() -> "Analyzed " + String.join(", ", analyzed));
            }
            return analyzed;
        } catch (SQLException e) {
            throw new IllegalStateException("The tables' statistics could not be refreshed: " + e.getMessage(), e);
        }
    }
}
