package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * One question credit: assigned on a day, usable until the start of its expiry day (00:00 UTC),
 * used by at most one question. A credit of a terminated subscription expires with it.
 */
@Entity
@Table(name = "credit")
@NamedQuery(name = Credit.OF_TENANT, query = "SELECT c, s.terminatedAt FROM Credit c JOIN Subscription s ON s.id = c.subscriptionId "
        + "WHERE c.tenantId = :tenantId ORDER BY c.assignedOn DESC, c.expiresOn DESC, c.id")
@NamedQuery(name = Credit.AVAILABLE, query = "SELECT c FROM Credit c WHERE c.subscriptionId = :subscriptionId "
        + "AND c.questionId IS NULL AND c.expiresOn > :today ORDER BY c.expiresOn, c.assignedOn, c.id")
@NamedQuery(name = Credit.USED_BETWEEN, query = "SELECT COUNT(c) FROM Credit c WHERE c.subscriptionId = :subscriptionId "
        + "AND c.usedAt >= :from AND c.usedAt < :until")
@NamedQuery(name = Credit.OF_QUESTION, query = "SELECT c FROM Credit c WHERE c.questionId = :questionId")
public class Credit {
    public static final String OF_TENANT = "Credit.ofTenant";
    public static final String AVAILABLE = "Credit.available";
    public static final String USED_BETWEEN = "Credit.usedBetween";
    public static final String OF_QUESTION = "Credit.ofQuestion";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "grant_id", nullable = false, length = 36)
    private String grantId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "question_id", length = 36)
    private String questionId;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected Credit() {
    }

    static Credit assigned(CreditGrant grant, Allotment allotment) {
        Credit c = new Credit();
        c.id = UUID.randomUUID().toString();
        c.grantId = grant.getId();
        c.tenantId = grant.getTenantId();
        c.subscriptionId = grant.getSubscriptionId();
        c.period = allotment.period().toString();
        c.assignedOn = allotment.assignedOn();
        c.expiresOn = allotment.expiresOn();
        return c;
    }

    /** Usable at that instant: not used, and before 00:00 UTC of its expiry day. */
    public boolean usableAt(Instant at) {
        return questionId == null && CreditRules.dayOf(at).isBefore(expiresOn);
    }

    /**
     * Its state on the day; {@code terminatedOn} is the day its subscription was terminated, or
     * null: from that day on an unused credit counts as expired.
     */
    public CreditState stateOn(LocalDate today, LocalDate terminatedOn) {
        if (questionId != null) {
            return CreditState.USED;
        }
        return today.isBefore(expiresOn(terminatedOn)) ? CreditState.AVAILABLE : CreditState.EXPIRED;
    }

    /** The expiry day, brought forward to the termination day of its subscription when that came first. */
    public LocalDate expiresOn(LocalDate terminatedOn) {
        return terminatedOn != null && terminatedOn.isBefore(expiresOn) ? terminatedOn : expiresOn;
    }

    void useFor(String question, Instant at) {
        if (!usableAt(at)) {
            throw new Conflict("This credit is " + (questionId != null ? "used already." : "expired."));
        }
        questionId = Objects.requireNonNull(question);
        usedAt = at;
    }

    /** The reminder of its coming expiry was sent. */
    public void reminded(Instant at) {
        remindedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getGrantId() {
        return grantId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getQuestionId() {
        return questionId;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
