package org.mxdr.retention.control;

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

/**
 * The scheduled purge: every day at 02:15 UTC on a persistent timer in the database store, so of
 * several servers sharing the database one runs each tick (and a tick missed while down runs at
 * start). {@code MXDR_RETENTION_PURGE_SCHEDULE=false} switches it off; the tests drive the purge.
 */
@Singleton
@Startup
@DependsOn({SchemaMigration.NAME, "RetentionStartCheck"})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurgeJob {
    private static final Logger LOG = Logger.getLogger(RetentionPurgeJob.class.getName());
    public static final String ACTOR = "retention-purge";

    @Inject
    RetentionPurge purge;

    @Inject
    Meters meters;

    @Schedule(hour = "2", minute = "15", timezone = "UTC", persistent = true, info = "retention purge")
    void daily() {
        if (!RetentionSettings.scheduled()) {
            return;
        }
        try {
            meters.job("retention-purge", () -> purge.run(ACTOR));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention purge stopped; the next tick resumes it", e);
        }
    }
}
