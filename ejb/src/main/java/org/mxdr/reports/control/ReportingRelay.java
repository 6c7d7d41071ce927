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
import org.mxdr.platform.Meters;
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
    static final int BATCH = 500;
    static final int BACKFILL_BATCH = 500;

    @Resource
    TimerService timers;

    @Inject
    Meters meters;

    @Inject
    RelayPass pass;

    @Inject
    ReportingBackfill backfill;

    @Inject
    RegionalStores stores;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean started;

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
            if (!started) {
                // each store's schema at start; one that is down is logged and migrated when it returns
                started = true;
                for (Region region : Region.values()) {
                    stores.available(region);
                }
            }
            // a batch of the backfill, then what waits, so live changes never wait for the whole backfill
            meters.job("reporting-relay", () -> {
                while (backfill.step(BACKFILL_BATCH, false) > 0) {
                    deliver(false);
                }
                deliver(false);
            });
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
