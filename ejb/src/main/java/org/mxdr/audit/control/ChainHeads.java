package org.mxdr.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.mxdr.audit.entity.AuditChainHead;

/**
 * Hands a writer its chain's head, locked until the writer's transaction ends. A new chain's head
 * row is created in a transaction of its own, so two first writers of one tenant race only on that
 * insert: the loser's fails harmlessly and it then locks the winner's row.
 */
@Stateless
@PermitAll
public class ChainHeads {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ChainHeads self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditChainHead lock(String chainId) {
        AuditChainHead head = em.find(AuditChainHead.class, chainId, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            return head;
        }
        try {
            self.create(chainId);
        } catch (EJBException | PersistenceException e) {
            // another writer created it first; its row is there now
        }
        return em.find(AuditChainHead.class, chainId, LockModeType.PESSIMISTIC_WRITE);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String chainId) {
        if (em.find(AuditChainHead.class, chainId) == null) {
            em.persist(AuditChainHead.empty(chainId));
            em.flush();
        }
    }
}
