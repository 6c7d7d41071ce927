package org.mxdr.eligibility.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.mxdr.eligibility.control.EligibilityEvaluator;
import org.mxdr.eligibility.control.FailingAssets;
import org.mxdr.eligibility.entity.Eligibility;
import org.mxdr.eligibility.entity.OffendingAsset;
import org.mxdr.eligibility.entity.PrerequisiteRule;
import org.mxdr.eligibility.entity.Readiness;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Callers;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * A tenant's eligibility, readiness assessment and the assets failing each prerequisite: for the
 * provider's people (not the platform account) and the tenant's own admin.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.TENANT_ADMIN})
public class EligibilityService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    EligibilityEvaluator evaluator;

    @Inject
    FailingAssets failing;

    public Eligibility evaluate(@TenantId String tenantId) {
        reachable(tenantId, "read eligibility");
        return evaluator.evaluate(tenantId);
    }

    public Readiness readiness(@TenantId String tenantId) {
        reachable(tenantId, "read readiness");
        return evaluator.readiness(tenantId);
    }

    public List<OffendingAsset> failing(@TenantId String tenantId,
                                        @NotNull(message = "A prerequisite key is required.") String ruleKey,
                                        @FirstRow int first,
                                        @PageSize int size) {
        reachable(tenantId, "read failing assets");
        return failing.page(tenantId, rule(ruleKey), first, size);
    }

    public long countFailing(@TenantId String tenantId,
                             @NotNull(message = "A prerequisite key is required.") String ruleKey) {
        reachable(tenantId, "read failing assets");
        return failing.count(tenantId, rule(ruleKey));
    }

    /** The rule a failing list is about, for its heading. */
    public PrerequisiteRule rule(@NotNull(message = "A prerequisite key is required.") String ruleKey) {
        PrerequisiteRule rule = em.find(PrerequisiteRule.class, ruleKey);
        if (rule == null) {
            throw new NotFound("There is no prerequisite '" + ruleKey + "'.");
        }
        return rule;
    }

    private void reachable(String tenantId, String what) {
        callers.requireTenant(tenantId, what);
        if (em.find(Tenant.class, tenantId) == null) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
    }
}
