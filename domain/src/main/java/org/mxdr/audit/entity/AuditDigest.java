package org.mxdr.audit.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A chain's head at one moment, signed with the audit key (which the database never holds): whoever
 * rewrites records up to that position, even recomputing every hash, cannot make this match again.
 */
@Entity
@Table(name = "audit_digest")
public class AuditDigest {
    public static final String ALGORITHM = "SHA256withECDSA";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "chain_id", nullable = false, length = 36, updatable = false)
    private String chainId;

    @Column(name = "chain_position", nullable = false, updatable = false)
    private long position;

    @Column(name = "head_hash", nullable = false, length = 64, updatable = false)
    private String headHash;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, length = 32, updatable = false)
    private String algorithm;

    @Column(nullable = false, length = 512, updatable = false)
    private String signature;

    protected AuditDigest() {
    }

    /** The head as signed; {@code signature} is the base64 signature of {@link #message()}. */
    public static AuditDigest of(AuditChainHead head, Instant at, String signatureBase64) {
        AuditDigest d = new AuditDigest();
        d.id = UUID.randomUUID().toString();
        d.chainId = head.getChainId();
        d.position = head.getPosition();
        d.headHash = head.getHash();
        d.signedAt = AuditChain.stored(at);
        d.algorithm = ALGORITHM;
        d.signature = Objects.requireNonNull(signatureBase64);
        return d;
    }

    public static byte[] message(AuditChainHead head, Instant at) {
        return AuditChain.digestMessage(head.getChainId(), head.getPosition(), head.getHash(), AuditChain.stored(at));
    }

    public boolean covers(AuditChainHead head) {
        return position == head.getPosition() && headHash.equals(head.getHash());
    }

    public String getId() {
        return id;
    }

    public String getChainId() {
        return chainId;
    }

    public long getPosition() {
        return position;
    }

    public String getHeadHash() {
        return headHash;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getSignature() {
        return signature;
    }
}
