package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.Conflict;

/**
 * The credits a subscription received for one period: how many, from which day, until which day,
 * and how many of them questions used. The database keeps at most one per (subscription, period)
 * (uq_credit_grant_period), which is what makes the assignment exactly once, whoever runs the job
 * how often. Its credits are numbered 1..n; each use takes the next number ({@link CreditUse}).
 */
@Entity
@Table(name = "credit_grant")
@NamedQuery(name = CreditGrant.USABLE, query = "SELECT g FROM CreditGrant g WHERE g.subscriptionId = :subscriptionId "
        + "AND g.used < g.credits AND g.expiresOn > :today ORDER BY g.expiresOn, g.assignedOn, g.id")
public class CreditGrant {
    public static final String USABLE = "CreditGrant.usable";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CreditPolicy policy;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    /** The first day on which its credits can no longer be used (from 00:00 UTC). */
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(nullable = false)
    private int credits;

    @Column(nullable = false)
    private int used;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected CreditGrant() {
    }

    /** The grant of an allotment to a subscription. */
    public static CreditGrant of(String subscriptionId, String tenantId, CreditRules rules, Allotment allotment, Instant at) {
        CreditGrant g = new CreditGrant();
        g.id = UUID.randomUUID().toString();
        g.subscriptionId = Objects.requireNonNull(subscriptionId);
        g.tenantId = Objects.requireNonNull(tenantId);
        g.period = allotment.period().toString();
        g.policy = rules.policy();
        g.assignedOn = allotment.assignedOn();
        g.expiresOn = allotment.expiresOn();
        g.credits = allotment.credits();
        g.grantedAt = Objects.requireNonNull(at);
        return g;
    }

    /** A credit of this grant is usable at that instant: one is left, and it is before 00:00 UTC of the expiry day. */
    public boolean usableAt(Instant at) {
        return used < credits && CreditRules.dayOf(at).isBefore(expiresOn);
    }

    /** The expiry day, brought forward to the termination day of its subscription when that came first. */
    public LocalDate expiresOn(LocalDate terminatedOn) {
        return terminatedOn != null && terminatedOn.isBefore(expiresOn) ? terminatedOn : expiresOn;
    }

    /** Where its unused credits stand on the day; {@code terminatedOn} is the day its subscription was terminated, or null. */
    public CreditState unusedStateOn(LocalDate today, LocalDate terminatedOn) {
        return today.isBefore(expiresOn(terminatedOn)) ? CreditState.AVAILABLE : CreditState.EXPIRED;
    }

    /** Uses its next credit for the question. */
    CreditUse useFor(String questionId, Instant at) {
        if (!usableAt(at)) {
            throw new Conflict("The credits of " + period + " are " + (used >= credits ? "used up." : "expired."));
        }
        used++;
        return CreditUse.of(this, used, questionId, at);
    }

    /** The reminder of its credits' coming expiry was sent. */
    public void reminded(Instant at) {
        remindedAt = at;
    }

    /** The id of its credit number n (1..credits): ids are stable, so a used credit keeps the id it had. */
    public String creditId(int n) {
        return id + ":" + n;
    }

    public String getId() {
        return id;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getPeriod() {
        return period;
    }

    public String getTenantId() {
        return tenantId;
    }

    public CreditPolicy getPolicy() {
        return policy;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public int getCredits() {
        return credits;
    }

    public int getUsed() {
        return used;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
