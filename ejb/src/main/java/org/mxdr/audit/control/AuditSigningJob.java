package org.mxdr.audit.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
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
 * Every 5 minutes (a persistent timer in the database store wildfly-config/ejb-timers.cli configures,
 * so one server of several runs each tick) signs the head of each chain that moved. At start it
 * first chains records older than the chains. {@code MXDR_AUDIT_SIGN_SCHEDULE=false} stops the ticks.
 */
@Singleton
@Startup
@DependsOn({SchemaMigration.NAME, "AuditKeys"})
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSigningJob {
    private static final Logger LOG = Logger.getLogger(AuditSigningJob.class.getName());

    @Inject
    AuditBackfill backfill;

    @Inject
    AuditSigner signer;

    @Inject
    Meters meters;

    @PostConstruct
    void chainOlderRecords() {
        long chained = backfill.chainAll();
        if (chained > 0) {
            LOG.info("Chained " + chained + " audit records written before the hash chains");
        }
    }

    @Schedule(hour = "*", minute = "*/5", timezone = "UTC", persistent = true, info = "signed digests of the audit chains")
    void everyFiveMinutes() {
        if (!Settings.get("audit.sign.schedule").map(Boolean::parseBoolean).orElse(true)) {
            return;
        }
        try {
            meters.job("audit-signing", signer::signChangedHeads);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Signing the audit chains failed; the next tick signs them", e);
        }
    }
}
