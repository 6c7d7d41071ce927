package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mxdr.onboarding.entity.CreditPolicy;

/**
 * The record that a subscription received its credits for a period. The database keeps at most
 * one per (subscription, period) (uq_credit_grant_period), and the credits are written in the same
 * transaction: so a period's credits are assigned exactly once, whoever runs the job how often.
 */
@Entity
@Table(name = "credit_grant")
public class CreditGrant {

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

    @Column(nullable = false)
    private int credits;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected CreditGrant() {
    }

    /** The grant of an allotment and its credits, one entity per credit. */
    public static CreditGrant of(String subscriptionId, String tenantId, CreditRules rules, Allotment allotment, Instant at,
                                 List<Credit> creditsOut) {
        CreditGrant g = new CreditGrant();
        g.id = UUID.randomUUID().toString();
        g.subscriptionId = Objects.requireNonNull(subscriptionId);
        g.tenantId = Objects.requireNonNull(tenantId);
        g.period = allotment.period().toString();
        g.policy = rules.policy();
        g.assignedOn = allotment.assignedOn();
        g.credits = allotment.credits();
        g.grantedAt = Objects.requireNonNull(at);
        List<Credit> made = new ArrayList<>(allotment.credits());
        for (int i = 0; i < allotment.credits(); i++) {
            made.add(Credit.assigned(g, allotment));
        }
        creditsOut.addAll(made);
        return g;
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

    public int getCredits() {
        return credits;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
