package org.mxdr.retention.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The proof that a tenant was purged: who it was, when, what was there per data class when the
 * purge began, and the final hash of its audit chain. Written when the purge begins (state
 * PURGING, so the counts are those of before any deletion) and completed when nothing is left.
 * It outlives the tenant.
 */
@Entity
@Table(name = "deletion_certificate")
@NamedQuery(name = DeletionCertificate.COMPLETE, query = "SELECT c FROM DeletionCertificate c WHERE c.state = 'COMPLETE' ORDER BY c.purgedAt DESC, c.id")
@NamedQuery(name = DeletionCertificate.COUNT_COMPLETE, query = "SELECT COUNT(c) FROM DeletionCertificate c WHERE c.state = 'COMPLETE'")
@NamedQuery(name = DeletionCertificate.OF_TENANT, query = "SELECT c FROM DeletionCertificate c WHERE c.tenantId = :tenantId")
@NamedQuery(name = DeletionCertificate.UNFINISHED, query = "SELECT c.tenantId FROM DeletionCertificate c WHERE c.state = 'PURGING' ORDER BY c.startedAt")
public class DeletionCertificate {
    public static final String COMPLETE = "DeletionCertificate.complete";
    public static final String COUNT_COMPLETE = "DeletionCertificate.countComplete";
    public static final String OF_TENANT = "DeletionCertificate.ofTenant";
    public static final String UNFINISHED = "DeletionCertificate.unfinished";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36, updatable = false)
    private String tenantId;

    @Column(name = "tenant_name", nullable = false, length = 200, updatable = false)
    private String tenantName;

    @Column(nullable = false, length = 16, updatable = false)
    private String region;

    @Column(nullable = false, length = 16)
    private String state;

    @Column(name = "ended_at", nullable = false, updatable = false)
    private Instant endedAt;

    @Column(name = "retain_until", nullable = false, updatable = false)
    private Instant retainUntil;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "audit_chain_hash", length = 128, updatable = false)
    private String auditChainHash;

    @Column(length = 36)
    private String worker;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deletion_count", joinColumns = @JoinColumn(name = "certificate_id"))
    @MapKeyColumn(name = "data_class", length = 64)
    @Column(name = "row_count", nullable = false)
    private Map<String, Long> counts = new TreeMap<>();

    @Version
    private long version;

    protected DeletionCertificate() {
    }

    /** The purge of a tenant begins: what is there now, and who deletes it until when. */
    public static DeletionCertificate begin(String tenantId, String tenantName, String region, Retention retention,
                                            Map<String, Long> counts, String auditChainHash, String worker, Instant leaseUntil, Instant at) {
        if (!retention.dueAt(at)) {
            throw new IllegalStateException("The tenant " + tenantId + " is within its retention period until " + retention.retainUntil());
        }
        DeletionCertificate c = new DeletionCertificate();
        c.id = UUID.randomUUID().toString();
        c.tenantId = Objects.requireNonNull(tenantId);
        c.tenantName = Objects.requireNonNull(tenantName);
        c.region = Objects.requireNonNull(region);
        c.state = "PURGING";
        c.endedAt = retention.endedAt();
        c.retainUntil = retention.retainUntil();
        c.startedAt = Objects.requireNonNull(at);
        c.counts.putAll(counts);
        c.auditChainHash = auditChainHash;
        c.worker = Objects.requireNonNull(worker);
        c.leaseUntil = Objects.requireNonNull(leaseUntil);
        return c;
    }

    public boolean isComplete() {
        return "COMPLETE".equals(state);
    }

    public String describe() {
        return "tenant=" + tenantName + " (" + tenantId + "); region=" + region + "; retainUntil=" + retainUntil
                + "; counts=" + counts + "; auditChainHash=" + auditChainHash + (purgedAt == null ? "" : "; purgedAt=" + purgedAt);
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getTenantName() {
        return tenantName;
    }

    public String getRegion() {
        return region;
    }

    public String getState() {
        return state;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getRetainUntil() {
        return retainUntil;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public String getAuditChainHash() {
        return auditChainHash;
    }

    public Map<String, Long> getCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
