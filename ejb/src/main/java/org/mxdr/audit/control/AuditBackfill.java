package org.mxdr.audit.control;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.AuditChainHead;
import org.mxdr.audit.entity.AuditRecord;

/** Chains the records written before the chains existed, in the order they were recorded, one chain per transaction. */
@Stateless
@PermitAll
public class AuditBackfill {
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ChainHeads heads;

    @Inject
    AuditBackfill self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long chainAll() {
        List<String> tenants = em.createQuery("SELECT DISTINCT a.tenantId FROM AuditRecord a WHERE a.chainId IS NULL", String.class)
                .getResultList();
        long chained = 0;
        for (String tenant : tenants) {
            int done;
            do {
                done = self.chainSome(tenant);
                chained += done;
            } while (done == BATCH);
        }
        return chained;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int chainSome(String tenantId) {
        AuditChainHead head = heads.lock(AuditChain.of(tenantId));
        var query = em.createQuery("SELECT a FROM AuditRecord a WHERE a.chainId IS NULL AND "
                + (tenantId == null ? "a.tenantId IS NULL" : "a.tenantId = :t") + " ORDER BY a.recordedAt, a.id", AuditRecord.class)
                .setMaxResults(BATCH);
        if (tenantId != null) {
            query.setParameter("t", tenantId);
        }
        List<AuditRecord> unchained = query.getResultList();
        unchained.forEach(head::append);
        return unchained.size();
    }
}
