package org.mxdr.retention.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.retention.entity.DeletionCertificate;
import org.mxdr.retention.entity.LegalHold;
import org.mxdr.retention.entity.Retention;

/** A tenant's retention as of now, and the tenants the purge is due for. For callers that checked the rights. */
@Stateless
@PermitAll
public class Retentions {

    // tenants with subscriptions, none of them current, not held, not taken by a purge yet; the rule decides each
    private static final String ENDED = "SELECT s.tenant_id FROM subscription s "
            + "WHERE NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.tenant_id = s.tenant_id) "
            + "AND NOT EXISTS (SELECT 1 FROM deletion_certificate c WHERE c.tenant_id = s.tenant_id) "
            + "GROUP BY s.tenant_id HAVING SUM(CASE WHEN s.status = 'ACTIVE' AND s.term_end >= ? THEN 1 ELSE 0 END) = 0 "
            + "ORDER BY s.tenant_id";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    public Retention of(String tenantId) {
        return of(tenantId, Instant.now(clock));
    }

    public Retention of(String tenantId, Instant now) {
        List<Subscription> subscriptions = em.createNamedQuery(Subscription.OF_TENANT, Subscription.class)
                .setParameter("tenantId", tenantId).getResultList();
        return Retention.of(subscriptions, RetentionSettings.graceDays(), now);
    }

    /** Whether the purge of the tenant has begun: from then on it goes to its end (no new subscription, no hold). */
    public boolean purgeBegun(String tenantId) {
        return em.createQuery("SELECT COUNT(c) FROM DeletionCertificate c WHERE c.tenantId = :t", Long.class)
                .setParameter("t", tenantId).getSingleResult() > 0;
    }

    public LegalHold hold(String tenantId) {
        return em.find(LegalHold.class, tenantId);
    }

    /** Tenants past their grace period and not on hold, then purges that began and did not finish. */
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now) {
        List<String> due = new ArrayList<>();
        for (Object tenantId : em.createNativeQuery(ENDED).setParameter(1, LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)).getResultList()) {
            if (of((String) tenantId, now).dueAt(now)) {
                due.add((String) tenantId);
            }
        }
        due.addAll(em.createNamedQuery(DeletionCertificate.UNFINISHED, String.class).getResultList());
        return due;
    }
}
