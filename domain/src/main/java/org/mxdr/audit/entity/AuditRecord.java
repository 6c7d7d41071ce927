package org.mxdr.audit.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One change, as the audit trail keeps it: who, when, in which tenant, what, before and after. Never updated. */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.OF_TENANT, query = "SELECT a FROM AuditRecord a WHERE a.tenantId = :tenantId ORDER BY a.recordedAt, a.id")
public class AuditRecord {
    public static final String OF_TENANT = "AuditRecord.ofTenant";
    public static final int STATE_MAX = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "tenant_id", length = 36, updatable = false)
    private String tenantId;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "before_state", length = STATE_MAX, updatable = false)
    private String before;

    @Column(name = "after_state", length = STATE_MAX, updatable = false)
    private String after;

    @Column(name = "chain_id", length = 36)
    private String chainId;

    @Column(name = "chain_position")
    private Long chainPosition;

    @Column(name = "prev_hash", length = 64)
    private String previousHash;

    @Column(name = "record_hash", length = 64)
    private String recordHash;

    protected AuditRecord() {
    }

    public static AuditRecord of(String actor, String tenantId, String action, String before, String after, Instant at) {
        AuditRecord r = new AuditRecord();
        r.id = UUID.randomUUID().toString();
        r.recordedAt = AuditChain.stored(Objects.requireNonNull(at));
        r.actor = Objects.requireNonNull(actor);
        r.tenantId = tenantId;
        r.action = Objects.requireNonNull(action);
        r.before = clip(before);
        r.after = clip(after);
        return r;
    }

    /** Takes its place in the chain, after the record whose hash is given: once (records older than the chain get theirs at start). */
    void link(long position, String previous) {
        if (recordHash != null) {
            throw new IllegalStateException("Audit record " + id + " is chained already");
        }
        chainId = AuditChain.of(tenantId);
        chainPosition = position;
        previousHash = previous;
        recordHash = computedHash();
    }

    /** The hash its content gives now; differs from the stored one when a field was altered. */
    public String computedHash() {
        return AuditChain.hash(previousHash, chainPosition == null ? 0 : chainPosition, id, recordedAt, actor, tenantId, action, before, after);
    }

    private static String clip(String s) {
        return s == null || s.length() <= STATE_MAX ? s : s.substring(0, STATE_MAX - 3) + "...";
    }

    /** The action in words, for the audit page. */
    public String getActionLabel() {
        return switch (action) {
            case "permissions.granted" -> "Access granted";
            case "permissions.changed" -> "Permissions changed";
            case "permissions.revoked" -> "Access revoked";
            case "permissions.expired" -> "Access expired";
            case "exclusions.changed" -> "Exclusions changed";
            case "contact.added" -> "Contact added";
            case "contact.removed" -> "Contact removed";
            case "expert.entered" -> "Expert entered the tenant";
            case "subscription.transacted" -> "Subscription transacted";
            case "subscription.terminated" -> "Subscription terminated";
            default -> action;
        };
    }

    public String getRecordedAtShown() {
        return AuditSentence.when(recordedAt);
    }

    /** The record in words a person reads. */
    public String getSummary() {
        return AuditSentence.of(action, before, after);
    }

    public String getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getChainId() {
        return chainId;
    }

    public Long getChainPosition() {
        return chainPosition;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getRecordHash() {
        return recordHash;
    }
}
