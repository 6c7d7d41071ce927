package org.mxdr.response.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The last reopening of an incident (when, by whom, why), how often it was reopened, and the time
 * it stood resolved before: its resolve clock does not count that time.
 */
@Embeddable
public class Reopening {
    @Column(name = "reopened_at")
    private Instant at;

    @Column(name = "reopened_by", length = 64)
    private String by;

    @Column(name = "reopen_reason", length = Incident.REASON_MAX)
    private String reason;

    @Column(name = "reopen_count", nullable = false)
    private int count;

    @Column(name = "stood_resolved_ms", nullable = false)
    private long stoodResolvedMs;

    /** Never reopened. */
    public Reopening() {
    }

    /** Reopened now, after standing resolved since {@code resolvedAt}, for a reason the incident checked. */
    void reopened(String by, String reason, Instant resolvedAt, Instant now) {
        stoodResolvedMs += Math.max(0, now.toEpochMilli() - resolvedAt.toEpochMilli());
        this.at = now;
        this.by = Objects.requireNonNull(by);
        this.reason = reason;
        count++;
    }

    /** Whether it was ever reopened. */
    public boolean happened() {
        return at != null;
    }

    /** The time it stood resolved before each reopening, summed. */
    long stoodResolvedMs() {
        return stoodResolvedMs;
    }

    /** For the audit trail; empty when it was never reopened. */
    String describe() {
        return happened() ? "; reopened=" + count + "; reopenReason=" + reason : "";
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }

    public int getCount() {
        return count;
    }
}
