package org.mxdr.servicelevels.control;

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

import org.mxdr.platform.Meters;
import org.mxdr.platform.SchemaMigration;
import org.mxdr.platform.Settings;

/**
 * The scheduled breach check, every minute on a persistent timer in the database store: of several
 * servers sharing the database one runs each tick, so a breach is found within a minute of its
 * time even when nothing happens to the incident. {@code MXDR_SLA_CHECK_SCHEDULE=false} switches
 * it off (the tests then drive {@link #run} themselves).
 */
@Singleton
@Startup
@DependsOn(SchemaMigration.NAME)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BreachCheckJob {
    private static final Logger LOG = Logger.getLogger(BreachCheckJob.class.getName());
    public static final String ACTOR = "service-level-check";

    @Inject
    Breaches breaches;

    @Inject
    Meters meters;

    @Schedule(hour = "*", minute = "*", timezone = "UTC", persistent = true, info = "service-level breach check")
    void everyMinute() {
        if (Settings.get("sla.check.schedule").map(Boolean::parseBoolean).orElse(true)) {
            try {
                meters.job("sla-breach-check", () -> run(ACTOR));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Service-level check stopped; the next tick resumes it", e);
            }
        }
    }

    /** Every breach due by now, batch by batch; how many were notified. */
    public int run(String actor) {
        int notified = 0;
        Breaches.Batch batch;
        do {
            batch = breaches.notifyBatch(actor);
            batch.told().forEach(b -> meters.slaBreach(b.severity(), b.target()));   // counted once its batch committed
            notified += batch.notified();
        } while (batch.more());
        return notified;
    }
}
