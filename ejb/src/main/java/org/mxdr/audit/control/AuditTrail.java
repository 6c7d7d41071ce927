package org.mxdr.audit.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.entity.AuditRecord;

/**
 * Writes audit records in the caller's transaction, so a record exists exactly when the change
 * it describes committed. Callers are boundaries that checked the rights already.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord record(String actor, String tenantId, String action, String before, String after) {
        AuditRecord r = AuditRecord.of(actor, tenantId, action, before, after, Instant.now(clock));
        em.persist(r);
        return r;
    }

    public List<AuditRecord> ofTenant(String tenantId) {
        return em.createNamedQuery(AuditRecord.OF_TENANT, AuditRecord.class).setParameter("tenantId", tenantId).getResultList();
    }
}
