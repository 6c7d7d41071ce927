package org.mxdr.audit.control;

import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

/**
 * Writes audit records in the caller's transaction, so a record exists exactly when the change
 * it describes committed, each linked into its tenant's hash chain (the provider's for records
 * without a tenant). Callers are boundaries that checked the rights already. Also the one door
 * other contexts use to read a chain whole: its head, its CSV and digests, the public key, its purge.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChainHeads heads;

    @Inject
    AuditCsv csv;

    @Inject
    AuditKeys keys;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord record(String actor, String tenantId, String action, String before, String after) {
        AuditChainHead head = heads.lock(AuditChain.of(tenantId));
        AuditRecord r = AuditRecord.of(actor, tenantId, action, before, after, Instant.now(clock));
        head.append(r);
        em.persist(r);
        return r;
    }

    /** Whether the tenant's trail holds this very record already (the actor's once-per-session entries). */
    public boolean recorded(String tenantId, String actor, String action, String after) {
        return !em.createQuery("SELECT a.id FROM AuditRecord a WHERE a.tenantId = :t AND a.actor = :actor AND a.action = :action"
                + " AND a.after = :after", String.class).setParameter("t", tenantId).setParameter("actor", actor).setParameter("action", action)
                .setParameter("after", after).setMaxResults(1).getResultList().isEmpty();
    }

    public List<AuditRecord> ofTenant(String tenantId) {
        return em.createNamedQuery(AuditRecord.OF_TENANT, AuditRecord.class).setParameter("tenantId", tenantId).getResultList();
    }

    /** The hex hash of the chain's last record; empty while the chain has none. A null tenant is the provider's chain. */
    public Optional<String> chainHead(String tenantId) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChain.of(tenantId));
        return head == null || head.getPosition() == 0 ? Optional.empty() : Optional.of(head.getHash());
    }

    /** The tenant's whole chain in order, as the CSV tools/VerifyAuditChain.java verifies. */
    public void writeCsv(String tenantId, Writer out) {
        csv.writeChain(AuditChain.of(tenantId), out);
    }

    /** The chain's signed digests, as tools/VerifyAuditChain.java reads them. */
    public void writeDigests(String tenantId, Writer out) {
        csv.writeDigests(AuditChain.of(tenantId), out);
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    /** Deletes the tenant's records, digests and chain head (the purge); answers the records deleted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long purgeChain(String tenantId) {
        if (tenantId == null) {
            throw new IllegalArgumentException("The provider's own chain is never purged");
        }
        em.createQuery("DELETE FROM AuditDigest d WHERE d.chainId = :c").setParameter("c", tenantId).executeUpdate();
        em.createQuery("DELETE FROM AuditChainHead h WHERE h.chainId = :c").setParameter("c", tenantId).executeUpdate();
        return em.createQuery("DELETE FROM AuditRecord a WHERE a.tenantId = :t OR a.chainId = :t").setParameter("t", tenantId)
                .executeUpdate();
    }
}
