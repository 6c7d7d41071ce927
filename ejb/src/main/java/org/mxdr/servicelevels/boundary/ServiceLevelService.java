package org.mxdr.servicelevels.boundary;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.control.ServiceLevelPolicies;
import org.mxdr.servicelevels.entity.Targets;

/**
 * The service-level targets: shown to the tenant's users and the provider; the provider-wide
 * default set by the provider admin; a subscription's own targets set by the provider admin or a
 * delivery manager. Changes are audited; incidents already open keep the targets they hold.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN,
        Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class ServiceLevelService {
    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    Subscriptions subscriptions;

    @Inject
    ServiceLevelPolicies policies;

    @Inject
    AuditTrail audit;

    /** The tenant's targets under its current subscription (the default's where it sets none). */
    public TenantServiceLevels of(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read service levels");
        tenants.find(tenantId);
        String subscriptionId = subscriptions.current(tenantId).map(Subscription::getId).orElse(null);
        return new TenantServiceLevels(tenantId, policies.under(subscriptionId),
                subscriptionId == null ? Set.of() : policies.overrides(subscriptionId).keySet());
    }

    /** The tenant's current subscription holds these targets from now on; severities left out follow the default. */
    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.DELIVERY_MANAGER})
    public TenantServiceLevels replace(@TenantId String tenantId, @NotNull(message = "The targets are required.") Map<Severity, Targets> targets) {
        Caller caller = callers.current();
        tenants.locked(tenantId);
        Subscription current = subscriptions.current(tenantId)
                .orElseThrow(() -> new Conflict("The tenant has no current subscription to hold its own service levels."));
        String before = ServiceLevelPolicies.describe(policies.overrides(current.getId()));
        policies.replaceOverrides(tenantId, current.getId(), targets);
        audit.record(caller.username(), tenantId, "service-levels.changed", before, ServiceLevelPolicies.describe(targets));
        return of(tenantId);
    }

    @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT})
    public Map<Severity, Targets> defaults() {
        return policies.defaults();
    }

    /** The provider-wide default from now on, for the severities given. */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    public Map<Severity, Targets> replaceDefaults(@NotNull(message = "The targets are required.") Map<Severity, Targets> targets) {
        String before = ServiceLevelPolicies.describe(policies.defaults());
        policies.replaceDefaults(targets);
        audit.record(callers.current().username(), null, "service-levels.default-changed", before, ServiceLevelPolicies.describe(targets));
        return policies.defaults();
    }
}
