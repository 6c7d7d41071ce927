package org.mxdr.reports.control;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * Every few seconds (mxdr.reporting.interval.seconds, default 5) finishes the backfill if it is
 * not, then delivers each region's outbox to its store. Every server ticks; the relay rows keep
 * them apart. A store that is down is skipped until a later tick finds it back.
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportingRelay {
    private static final Logger LOG = Logger.getLogger(ReportingRelay.class.getName());
    static final int BATCH = 200;
    static final int BACKFILL_BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    RelayPass pass;

    @Inject
    ReportingBackfill backfill;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Settings.get("reporting.interval.seconds").map(Long::parseLong).orElse(5L) * 1000;
        // not persistent: every node ticks, the row locks decide who delivers what
        timers.createIntervalTimer(1000, interval, new TimerConfig("reporting-relay", false));
    }

    @Timeout
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            backfill(false);
            deliver(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting relay pass failed; the next tick retries", e);
        } finally {
            busy.set(false);
        }
    }

    /**
     * Queues what the backfill has left; answers how many incidents. Without {@code wait} (the
     * timer) a backfill another server runs is left to it. Once finished, a tick costs one read.
     */
    public long backfill(boolean wait) {
        long queued = 0;
        int n;
        while ((n = backfill.step(BACKFILL_BATCH, wait)) > 0) {
            queued += n;
        }
        return queued;
    }

    /** Delivers every region's outbox to its store; answers how many events left the outbox. */
    public long deliver(boolean wait) {
        long delivered = 0;
        for (Region region : Region.values()) {
            int n;
            do {
                n = pass.deliver(region, BATCH, wait);
                delivered += n;
            } while (n == BATCH);
        }
        return delivered;
    }
}
