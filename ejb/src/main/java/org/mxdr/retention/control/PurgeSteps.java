package org.mxdr.retention.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.mxdr.access.control.AccessCache;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.retention.entity.DeletionCertificate;
import org.mxdr.retention.entity.Retention;

/**
 * The steps of a tenant's purge, each its own transaction, so a run killed midway leaves whole
 * steps behind and the next run resumes. Only the run holding the certificate's lease deletes;
 * every step renews the lease, or rolls back when another run took it over.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeSteps {
    static final Duration LEASE = Duration.ofMinutes(15);
    private static final String RENEW = "UPDATE DeletionCertificate c SET c.leaseUntil = :until "
            + "WHERE c.id = :id AND c.worker = :worker AND c.state = 'PURGING'";

    /** Another run holds the purge of this tenant now (or completed it). */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class LeaseLost extends RuntimeException {
        LeaseLost(String certificateId) {
            super("Another run holds the purge of certificate " + certificateId);
        }
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Retentions retentions;

    @Inject
    AccessCache accessCache;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingStores reporting;

    @Inject
    TenantCounts tenantCounts;

    /**
     * Takes the tenant's purge for this worker: a purge that began and whose lease ran out, or a new
     * one when the tenant is due, not held, with no current subscription (checked again under the
     * tenant's lock, which new subscriptions and holds take too). A new one records what is there,
     * the audit chain's final hash, and disables the tenant's users. Empty when there is nothing to take.
     */
    public Optional<String> claim(String tenantId, String worker, Instant now) {
        Optional<DeletionCertificate> existing = certificate(tenantId);
        if (existing.isPresent()) {
            return existing.get().isComplete() || takeOver(existing.get().getId(), worker, now) == 0
                    ? Optional.empty() : existing.map(DeletionCertificate::getId);
        }
        Tenant tenant = em.find(Tenant.class, tenantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (tenant == null || retentions.hold(tenantId) != null || certificate(tenantId).isPresent()) {
            return Optional.empty();
        }
        Retention retention = retentions.of(tenantId, now);
        if (!retention.dueAt(now)) {
            return Optional.empty();
        }
        Map<String, Long> counts = tenantCounts.of(tenantId);
        String chainHead = audit.chainHead(tenantId).orElse(null);
        // from here on nobody of the tenant signs in
        em.createNativeQuery("UPDATE app_user SET enabled = FALSE WHERE tenant_id = ?").setParameter(1, tenantId).executeUpdate();
        em.createNativeQuery("UPDATE service_account SET revoked_at = ? WHERE tenant_id = ? AND revoked_at IS NULL")
                .setParameter(1, now).setParameter(2, tenantId).executeUpdate();
        DeletionCertificate certificate = DeletionCertificate.begin(tenantId, tenant.getName(), tenant.getRegion().name(), retention,
                counts, chainHead, worker, now.plus(LEASE), now);
        em.persist(certificate);
        em.flush();
        return Optional.of(certificate.getId());
    }

    /** One batch of one table; the number of rows it deleted (or unlinked). */
    public int deleteBatch(String certificateId, String worker, TenantTable table, String tenantId, int size, Instant now) {
        renew(certificateId, worker, now);
        Query delete = em.createNativeQuery(table.purgeSql(size));
        for (int i = 1; i <= table.purgeParameters(); i++) {
            delete.setParameter(i, tenantId);
        }
        return delete.executeUpdate();
    }

    public void purgeReporting(String certificateId, String worker, String tenantId, Instant now) {
        renew(certificateId, worker, now);
        reporting.purgeTenant(tenantId);
    }

    public long purgeAudit(String certificateId, String worker, String tenantId, Instant now) {
        renew(certificateId, worker, now);
        return audit.purgeChain(tenantId);
    }

    /** Deletes the tenant row and completes the certificate, recorded in the provider-wide audit; false when another run did. */
    public boolean complete(String certificateId, String worker, String tenantId, String actor, Instant now) {
        renew(certificateId, worker, now);
        em.createNativeQuery("DELETE FROM tenant WHERE id = ?").setParameter(1, tenantId).executeUpdate();
        accessCache.changed(tenantId);
        int done = em.createQuery("UPDATE DeletionCertificate c SET c.state = 'COMPLETE', c.purgedAt = :now, c.worker = NULL, "
                        + "c.leaseUntil = NULL, c.version = c.version + 1 WHERE c.id = :id AND c.worker = :worker AND c.state = 'PURGING'")
                .setParameter("now", now).setParameter("id", certificateId).setParameter("worker", worker).executeUpdate();
        if (done == 0) {
            throw new LeaseLost(certificateId);
        }
        DeletionCertificate certificate = em.find(DeletionCertificate.class, certificateId);
        em.refresh(certificate);
        audit.record(actor, null, "tenant.purged", null, certificate.describe());
        return true;
    }

    /** Lets the next run resume at once after this one failed (a reporting store down, say). */
    public void release(String certificateId, String worker) {
        em.createQuery("UPDATE DeletionCertificate c SET c.leaseUntil = NULL WHERE c.id = :id AND c.worker = :worker AND c.state = 'PURGING'")
                .setParameter("id", certificateId).setParameter("worker", worker).executeUpdate();
    }

    private int takeOver(String certificateId, String worker, Instant now) {
        return em.createQuery("UPDATE DeletionCertificate c SET c.worker = :worker, c.leaseUntil = :until, c.version = c.version + 1 "
                        + "WHERE c.id = :id AND c.state = 'PURGING' AND (c.leaseUntil IS NULL OR c.leaseUntil < :now)")
                .setParameter("worker", worker).setParameter("until", now.plus(LEASE)).setParameter("id", certificateId)
                .setParameter("now", now).executeUpdate();
    }

    private void renew(String certificateId, String worker, Instant now) {
        int renewed = em.createQuery(RENEW).setParameter("until", now.plus(LEASE)).setParameter("id", certificateId)
                .setParameter("worker", worker).executeUpdate();
        if (renewed == 0) {
            throw new LeaseLost(certificateId);
        }
    }

    private Optional<DeletionCertificate> certificate(String tenantId) {
        List<DeletionCertificate> found = em.createNamedQuery(DeletionCertificate.OF_TENANT, DeletionCertificate.class)
                .setParameter("tenantId", tenantId).getResultList();
        return found.stream().findFirst();
    }

}
