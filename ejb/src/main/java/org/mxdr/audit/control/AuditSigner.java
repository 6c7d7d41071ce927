package org.mxdr.audit.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.entity.AuditChainHead;
import org.mxdr.audit.entity.AuditDigest;

/**
 * Signs the head of every chain that moved since its last digest. Heads are read as committed, so
 * a digest never covers a record that could still roll back; two servers signing at once only
 * leave two digests of one head.
 */
@Stateless
@PermitAll
public class AuditSigner {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    AuditKeys keys;

    @Inject
    Clock clock;

    public int signChangedHeads() {
        List<AuditChainHead> moved = em.createQuery("SELECT h FROM AuditChainHead h WHERE h.position > 0 AND NOT EXISTS ("
                + "SELECT d FROM AuditDigest d WHERE d.chainId = h.chainId AND d.position = h.position AND d.headHash = h.hash)",
                AuditChainHead.class).getResultList();
        Instant now = Instant.now(clock);
        for (AuditChainHead head : moved) {
            em.persist(AuditDigest.of(head, now, keys.sign(AuditDigest.message(head, now))));
        }
        return moved.size();
    }
}
