package org.mxdr.notify.control;

import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.platform.Meters;

/**
 * Every minute, escalates the ladders whose time ran out by the injected clock. The timer is
 * persistent, in the database store the server is configured with, so of several servers sharing
 * the database one runs each tick; the runs are locked as well, so a tick never tells a contact twice.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationJob {
    private static final Logger LOG = Logger.getLogger(EscalationJob.class.getName());

    @Inject
    EscalationLadder ladder;

    @Inject
    Meters meters;

    @Schedule(hour = "*", minute = "*", second = "40", timezone = "UTC", persistent = true, info = "escalation ladders")
    void everyMinute() {
        try {
            int told = meters.job("escalation", ladder::escalateDue);
            if (told > 0) {
                LOG.info(() -> "Escalation ladders: " + told + " contact(s) told");
            }
        } catch (RuntimeException e) {
            // the database is away or another node holds the rows: the next minute retries
            LOG.warning(() -> "Escalation ladders not run this time: " + e);
        }
    }
}
