package org.mxdr.eligibility.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Eligibility;
import org.mxdr.eligibility.entity.InventoryCounts;
import org.mxdr.eligibility.entity.PrerequisiteRule;
import org.mxdr.eligibility.entity.Product;
import org.mxdr.eligibility.entity.Readiness;

/**
 * Evaluates a tenant's prerequisites and coverage with four aggregate queries over its inventory,
 * whatever its size. No role checks: boundaries (and the subscription) call it after their own.
 */
@Stateless
@PermitAll
public class EligibilityEvaluator {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public Eligibility evaluate(String tenantId) {
        return Eligibility.judge(rules(), catalog(), counts(tenantId));
    }

    public Readiness readiness(String tenantId) {
        return Readiness.judge(rules(), catalog(), counts(tenantId));
    }

    private List<PrerequisiteRule> rules() {
        return em.createNamedQuery(PrerequisiteRule.ALL, PrerequisiteRule.class).getResultList();
    }

    private List<Product> catalog() {
        return em.createNamedQuery(Product.ALL, Product.class).getResultList();
    }

    InventoryCounts counts(String tenantId) {
        long eligible = 0;
        long eligibleNotOnboarded = 0;
        long onboarded = 0;
        long onboardedNotActive = 0;
        // one pass over the tenant's devices (index ix_device_state), at most twelve groups back
        List<Object[]> groups = em.createQuery("SELECT d.eligible, d.onboarded, d.avMode, COUNT(d) FROM Device d "
                + "WHERE d.tenantId = :tenant GROUP BY d.eligible, d.onboarded, d.avMode", Object[].class)
                .setParameter("tenant", tenantId).getResultList();
        for (Object[] g : groups) {
            boolean isEligible = (Boolean) g[0];
            boolean isOnboarded = (Boolean) g[1];
            long n = ((Number) g[3]).longValue();
            eligible += isEligible ? n : 0;
            eligibleNotOnboarded += isEligible && !isOnboarded ? n : 0;
            onboarded += isOnboarded ? n : 0;
            onboardedNotActive += isOnboarded && g[2] != AvMode.ACTIVE ? n : 0;
        }
        long users = em.createQuery("SELECT COUNT(u) FROM InventoryUser u WHERE u.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult();
        return new InventoryCounts(eligible, eligibleNotOnboarded, onboarded, onboardedNotActive, users,
                licensedUsers(tenantId), seats(tenantId));
    }

    private Map<String, Long> licensedUsers(String tenantId) {
        Map<String, Long> licensed = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT product_key, COUNT(*) FROM inventory_user_license "
                + "WHERE tenant_id = ?1 GROUP BY product_key").setParameter(1, tenantId).getResultList();
        for (Object[] row : rows) {
            licensed.put((String) row[0], ((Number) row[1]).longValue());
        }
        return licensed;
    }

    private Map<String, Integer> seats(String tenantId) {
        Map<String, Integer> seats = new HashMap<>();
        em.createQuery("SELECT l.productKey, l.seats FROM TenantLicense l WHERE l.tenantId = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList()
                .forEach(row -> seats.put((String) row[0], ((Number) row[1]).intValue()));
        return seats;
    }
}
