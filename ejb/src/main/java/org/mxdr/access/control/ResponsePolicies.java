package org.mxdr.access.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.ResponsePolicy;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Edits;

/**
 * Reads and replaces a tenant's response policy, auditing each change in words and telling the
 * access control, whose cached decisions depend on it. Callers checked the rights.
 */
@Stateless
@PermitAll
public class ResponsePolicies {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Tenants tenants;

    @Inject
    Exclusions exclusions;

    @Inject
    AccessCache accessCache;

    /** The tenant's policy; an unsaved one without rules (version 0) when it has none. */
    public ResponsePolicy of(String tenantId) {
        tenants.find(tenantId);
        ResponsePolicy policy = em.find(ResponsePolicy.class, tenantId);
        return policy != null ? policy : ResponsePolicy.none(tenantId);
    }

    /** Replaces the rules and durations; the version read is required, a change made meanwhile is a conflict. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ResponsePolicy replace(String actor, String tenantId, List<PolicyRule> rules, Duration approvalTimeout, Duration reminderEvery,
                                  Long expectedVersion) {
        tenants.locked(tenantId);
        Instant now = Instant.now(clock);
        ResponsePolicy policy = em.find(ResponsePolicy.class, tenantId);
        boolean first = policy == null;
        if (first) {
            Edits.requireUnchanged(0, expectedVersion, null);
            policy = ResponsePolicy.first(tenantId, actor, now);
        } else {
            Edits.requireUnchanged(policy.getVersion(), expectedVersion, "by " + policy.getUpdatedBy());
        }
        String before = policy.describe();
        Exclusions.KnownGroups known = exclusions.known(tenantId);
        policy.replace(rules, approvalTimeout, reminderEvery, Set.copyOf(known.deviceGroups()), Set.copyOf(known.userGroups()), actor, now);
        if (first) {
            em.persist(policy);
        }
        accessCache.changed(tenantId);
        if (first || !before.equals(policy.describe())) {
            audit.record(actor, tenantId, "response-policy.changed", before, policy.describe());
        }
        return Edits.flushed(em, policy);
    }
}
