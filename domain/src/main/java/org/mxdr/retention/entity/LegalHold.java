package org.mxdr.retention.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/** A provider admin's hold on a tenant's data: while it exists, nothing of the tenant is purged. */
@Entity
@Table(name = "legal_hold")
public class LegalHold {
    public static final int REASON_MAX = 1000;

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    protected LegalHold() {
    }

    public static LegalHold place(String tenantId, String reason, String by, Instant at) {
        LegalHold hold = new LegalHold();
        hold.tenantId = Objects.requireNonNull(tenantId);
        hold.reason = checkReason(reason);
        hold.placedBy = Objects.requireNonNull(by);
        hold.placedAt = Objects.requireNonNull(at);
        return hold;
    }

    /** The reason is what a later reader of the audit trail needs: required, bounded, printable. */
    public static String checkReason(String reason) {
        String trimmed = Text.required("reason", reason, "A reason is required for a legal hold (the matter or request it serves).");
        if (trimmed.length() > REASON_MAX) {
            throw new BadInput("reason", "The reason must have at most " + REASON_MAX + " characters.");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new BadInput("reason", "The reason must not contain control characters.");
        }
        return trimmed;
    }

    /** Changes the reason of a hold already in place. */
    public void restate(String newReason, String by, Instant at) {
        reason = checkReason(newReason);
        placedBy = Objects.requireNonNull(by);
        placedAt = Objects.requireNonNull(at);
    }

    public String describe() {
        return "legalHold=on; reason=" + reason + "; placedBy=" + placedBy + "; placedAt=" + placedAt;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getReason() {
        return reason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
