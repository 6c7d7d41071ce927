package org.mxdr.onboarding.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.access.control.AccessCache;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.eligibility.control.EligibilityEvaluator;
import org.mxdr.eligibility.entity.PrerequisiteResult;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.control.WelcomeLinks;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.Term;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.platform.Unmet;

/**
 * Subscriptions: transacted by a commercial executive for an eligible tenant in the commercial
 * cloud, terminated by a commercial executive or the tenant's own admin, read by whoever reads
 * the tenant. Each change is audited; a transaction sends the welcome email through the outbox.
 */
@Stateless
@RolesAllowed(Roles.COMMERCIAL_EXECUTIVE)
public class SubscriptionService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    EligibilityEvaluator eligibility;

    @Inject
    WelcomeLinks welcome;

    @Inject
    AuditTrail audit;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Tenants tenants;

    @Inject
    AccessCache accessCache;

    @Inject
    org.mxdr.retention.control.Retentions retentions;

    public Subscription transact(@TenantId String tenantId,
                                 @NotNull(message = "A subscription is required.") NewSubscription wanted) {
        Caller caller = callers.requireTenant(tenantId, "transact subscription");
        Tenant tenant = tenants.locked(tenantId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Subscription subscription = Subscription.transact(tenantId, Term.of(wanted.termStart(), wanted.termEnd()), wanted.seats(),
                wanted.creditPolicy(), caller.username(), now);
        Optional<Subscription> current = latest(tenantId).filter(s -> s.isCurrentOn(today));
        if (retentions.purgeBegun(tenantId)) {
            throw new Conflict("The data of " + tenant.getName() + " is being purged after its grace period; it cannot subscribe again.");
        }
        if (current.isPresent()) {
            throw new Conflict(tenant.getName() + " has a subscription until " + current.get().getTerm().lastDay()
                    + " already; terminate it before transacting a new one.");
        }
        List<String> unmet = unmetConditions(tenant);
        if (!unmet.isEmpty()) {
            throw new Unmet("The subscription cannot be transacted for " + tenant.getName() + ": "
                    + (unmet.size() == 1 ? "one condition is" : unmet.size() + " conditions are") + " not met.", unmet);
        }
        em.persist(subscription);
        accessCache.changed(tenantId);
        audit.record(caller.username(), tenantId, "subscription.transacted", null, subscription.describe(today));
        welcome.send(tenant);
        return subscription;
    }

    @RolesAllowed({Roles.COMMERCIAL_EXECUTIVE, Roles.TENANT_ADMIN})
    public Subscription terminate(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "terminate subscription");
        tenants.locked(tenantId);
        LocalDate today = LocalDate.now(clock);
        Subscription subscription = latest(tenantId).filter(s -> s.isCurrentOn(today))
                .orElseThrow(() -> new Conflict("This tenant has no active subscription to terminate."));
        String before = subscription.describe(today);
        subscription.terminate(caller.username(), Instant.now(clock), today);
        accessCache.changed(tenantId);
        audit.record(caller.username(), tenantId, "subscription.terminated", before, subscription.describe(today));
        return subscription;
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT,
            Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public SubscriptionSummary summary(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read subscription");
        tenants.find(tenantId);
        return latest(tenantId).map(s -> new SubscriptionSummary(s.statusOn(LocalDate.now(clock)), s))
                .orElse(SubscriptionSummary.none());
    }

    /** The summaries of a page of tenants, in one query, for the provider's tenant list. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER})
    public Map<String, SubscriptionSummary> summaries(@NotNull @Size(max = PageRequest.MAX_PAGE) Collection<String> tenantIds) {
        Map<String, SubscriptionSummary> result = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return result;
        }
        LocalDate today = LocalDate.now(clock);
        em.createNamedQuery(Subscription.OF_TENANTS, Subscription.class).setParameter("tenantIds", tenantIds).getResultList()
                .forEach(s -> result.putIfAbsent(s.getTenantId(), new SubscriptionSummary(s.statusOn(today), s)));
        return result;
    }

    /** Why this tenant cannot subscribe now: its cloud, then every unmet prerequisite. */
    private List<String> unmetConditions(Tenant tenant) {
        List<String> unmet = new ArrayList<>();
        if (!tenant.getCloud().commercial()) {
            unmet.add("The service is available only in the commercial public cloud; this tenant is in " + cloudName(tenant.getCloud()) + ".");
        }
        for (PrerequisiteResult p : eligibility.evaluate(tenant.getId()).unmet()) {
            unmet.add(p.message());
        }
        return unmet;
    }

    private static String cloudName(Cloud cloud) {
        return switch (cloud) {
            case GCC -> "GCC";
            case GCC_HIGH -> "GCC High";
            case DOD -> "DoD";
            case COMMERCIAL -> "the commercial cloud";
        };
    }

    private Optional<Subscription> latest(String tenantId) {
        return subscriptions.latest(tenantId);
    }
}
