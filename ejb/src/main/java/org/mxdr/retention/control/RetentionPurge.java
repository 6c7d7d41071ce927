package org.mxdr.retention.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Purges every tenant past its grace period and not on hold: the reporting store's rows, then the
 * operational tables children first in batches, then the audit chain, then the tenant itself,
 * and completes the deletion certificate. Exactly once: the certificate is unique per tenant and
 * written before anything is deleted, only the run holding its lease deletes, and a run that died
 * midway is resumed by the next once the lease has run out. A tenant whose purge fails (its
 * reporting store is down) is left for the next run; the others go on.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    /** Decides after each committed batch whether the run goes on; tests use it to stop a run midway. */
    public interface Continuation {
        boolean afterBatch(int batchesDone);
    }

    @Inject
    Retentions retentions;

    @Inject
    PurgeSteps steps;

    @Inject
    Clock clock;

    /** The tenants this run purged to the end. */
    public List<String> run(String actor) {
        return run(actor, RetentionSettings.batchSize(), done -> true);
    }

    public List<String> run(String actor, int batchSize, Continuation continuation) {
        List<String> purged = new ArrayList<>();
        for (String tenantId : retentions.due(Instant.now(clock))) {
            try {
                if (purge(tenantId, actor, batchSize, continuation)) {
                    purged.add(tenantId);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Purge of tenant " + tenantId + " stopped; the next run resumes it", e);
            }
        }
        return purged;
    }

    private boolean purge(String tenantId, String actor, int batchSize, Continuation continuation) {
        String worker = UUID.randomUUID().toString();
        Optional<String> claimed = steps.claim(tenantId, worker, Instant.now(clock));
        if (claimed.isEmpty()) {
            return false;
        }
        String certificate = claimed.get();
        try {
            steps.purgeReporting(certificate, worker, tenantId, Instant.now(clock));
            int batches = 0;
            for (TenantTable table : TenantTables.PURGE_ORDER) {
                int deleted;
                do {
                    deleted = steps.deleteBatch(certificate, worker, table, tenantId, batchSize, Instant.now(clock));
                    if (!continuation.afterBatch(++batches)) {
                        LOG.info(() -> "Purge of tenant " + tenantId + " stopped after " + table.table() + " on request");
                        return false;
                    }
                } while (deleted > 0);
            }
            steps.purgeAudit(certificate, worker, tenantId, Instant.now(clock));
            boolean done = steps.complete(certificate, worker, tenantId, actor, Instant.now(clock));
            LOG.info(() -> "Tenant " + tenantId + " purged; deletion certificate " + certificate);
            return done;
        } catch (PurgeSteps.LeaseLost e) {
            return false;
        } catch (RuntimeException e) {
            steps.release(certificate, worker);
            throw e;
        }
    }
}
