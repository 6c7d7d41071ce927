package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.Meters;
import org.mxdr.platform.SchemaMigration;

/**
 * Writes each grant's expiry into the audit trail once it has passed, and tells the tenant's
 * systems (the webhook event grant.changed with change EXPIRED) in the same transaction. Access
 * itself never waits for this: the access rule denies an expired grant on the very next call. On
 * two servers the grant's version lets only one of them record an expiry; the other rolls its
 * attempt back, its event with it, and says so at FINE only (no error, no timer retry: the tick
 * itself never fails). So the event goes out once per expiry, whichever node records it.
 */
@Singleton
@PermitAll
@DependsOn(SchemaMigration.NAME) // its timer never runs before the schema exists (a fresh database's first start)
public class GrantExpiry {
    private static final Logger LOG = Logger.getLogger(GrantExpiry.class.getName());
    static final String SYSTEM = "system";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Grants grants;

    @Resource
    SessionContext context;

    @Inject
    Meters meters;

    /** The tick runs outside a transaction, so a lost race rolls back only the attempt, never the timer's own. */
    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "record expired grants")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            meters.job("grant-expiry", context.getBusinessObject(GrantExpiry.class)::recordDue);
        } catch (RuntimeException e) {
            // the database is away: the next minute retries
            LOG.fine(() -> "Expired grants not recorded this time: " + e);
        }
    }

    /**
     * Records every expiry that passed and is not yet recorded; returns how many, or 0 when another
     * node recorded them first (this attempt is then rolled back, quietly).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int recordDue() {
        List<ExpertGrant> due = em.createNamedQuery(ExpertGrant.EXPIRED_UNRECORDED, ExpertGrant.class)
                .setParameter("now", Instant.now(clock)).setMaxResults(500).getResultList();
        for (ExpertGrant grant : due) {
            grant.expiryRecorded();
            audit.record(SYSTEM, grant.getTenantId(), "permissions.expired", grant.describe(),
                    "expired at " + grant.getExpiresAt() + "; the experts have no access");
            grants.expired(grant);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            context.setRollbackOnly();
            LOG.fine(() -> "Another node recorded these " + due.size() + " expiries first; this attempt is rolled back");
            return 0;
        }
        return due.size();
    }
}
