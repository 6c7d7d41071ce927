package org.mxdr.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last link of one chain. Writers lock this row (pessimistic write) for the rest of their
 * transaction, so records of one chain get consecutive positions with no gap, while writers of
 * other chains lock other rows and never wait for each other.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    @Id
    @Column(name = "chain_id", length = 36)
    private String chainId;

    @Column(name = "last_position", nullable = false)
    private long position;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String hash;

    protected AuditChainHead() {
    }

    /** A chain with no record yet. */
    public static AuditChainHead empty(String chainId) {
        AuditChainHead head = new AuditChainHead();
        head.chainId = chainId;
        head.position = 0;
        head.hash = AuditChain.GENESIS;
        return head;
    }

    /** Links the record after the current last one and makes it the last. */
    public void append(AuditRecord record) {
        if (!chainId.equals(AuditChain.of(record.getTenantId()))) {
            throw new IllegalArgumentException("Record of chain " + AuditChain.of(record.getTenantId()) + " appended to " + chainId);
        }
        record.link(position + 1, hash);
        position++;
        hash = record.getRecordHash();
    }

    public String getChainId() {
        return chainId;
    }

    public long getPosition() {
        return position;
    }

    public String getHash() {
        return hash;
    }
}
