package org.mxdr.approvals.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mxdr.platform.Conflict;

/**
 * A link mailed to one approver: it names its request and its approver, works once and expires
 * with the request. Its token ({@link ApprovalToken}) is signed, so only its id is stored.
 */
@Entity
@Table(name = "approval_link")
public class ApprovalLink {
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "approval_id", nullable = false, length = 36)
    private String approvalId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected ApprovalLink() {
    }

    public static ApprovalLink issue(ApprovalRequest request, String username) {
        ApprovalLink link = new ApprovalLink();
        link.id = UUID.randomUUID().toString();
        link.approvalId = request.getId();
        link.tenantId = request.getTenantId();
        link.username = Objects.requireNonNull(username);
        link.expiresAt = request.getDueAt();
        return link;
    }

    /** Refuses a used or expired link, in words for its page. */
    public void requireUsable(Instant now) {
        if (usedAt != null) {
            throw new Conflict("This link was used already; open the approvals in the MXDR Console.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new Conflict("This link has expired; open the approvals in the MXDR Console.");
        }
    }

    public void use(Instant now) {
        requireUsable(now);
        usedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getApprovalId() {
        return approvalId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
