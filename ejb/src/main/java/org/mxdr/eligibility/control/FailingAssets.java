package org.mxdr.eligibility.control;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.eligibility.entity.OffendingAsset;
import org.mxdr.eligibility.entity.PrerequisiteRule;

/** The users or devices that fail a rule, a page at a time, in the same terms as {@code RuleCheck}. */
@Stateless
@PermitAll
public class FailingAssets {
    private static final String NOT_ONBOARDED = "FROM Device d WHERE d.tenantId = :tenant AND d.eligible = TRUE AND d.onboarded = FALSE";
    private static final String AV_NOT_ACTIVE = "FROM Device d WHERE d.tenantId = :tenant AND d.onboarded = TRUE AND d.avMode <> :active";
    private static final String USERS_WITHOUT = "FROM inventory_user u WHERE u.tenant_id = ?1 AND NOT EXISTS (SELECT 1 FROM inventory_user_license l "
            + "WHERE l.tenant_id = u.tenant_id AND l.user_external_id = u.external_id AND l.product_key = ?2)";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public List<OffendingAsset> page(String tenantId, PrerequisiteRule rule, int first, int size) {
        return switch (rule.getCheck()) {
            case ELIGIBLE_DEVICES_ONBOARDED -> devices(NOT_ONBOARDED, tenantId, first, size, false);
            case ONBOARDED_DEVICES_AV_ACTIVE -> devices(AV_NOT_ACTIVE, tenantId, first, size, true);
            case USERS_LICENSED -> users(tenantId, rule.getProductKey(), first, size);
        };
    }

    public long count(String tenantId, PrerequisiteRule rule) {
        return switch (rule.getCheck()) {
            case ELIGIBLE_DEVICES_ONBOARDED -> em.createQuery("SELECT COUNT(d) " + NOT_ONBOARDED, Long.class)
                    .setParameter("tenant", tenantId).getSingleResult();
            case ONBOARDED_DEVICES_AV_ACTIVE -> em.createQuery("SELECT COUNT(d) " + AV_NOT_ACTIVE, Long.class)
                    .setParameter("tenant", tenantId).setParameter("active", AvMode.ACTIVE).getSingleResult();
            case USERS_LICENSED -> ((Number) em.createNativeQuery("SELECT COUNT(*) " + USERS_WITHOUT)
                    .setParameter(1, tenantId).setParameter(2, rule.getProductKey()).getSingleResult()).longValue();
        };
    }

    private List<OffendingAsset> devices(String from, String tenantId, int first, int size, boolean av) {
        var query = em.createQuery("SELECT d " + from + " ORDER BY d.name, d.externalId", Device.class).setParameter("tenant", tenantId);
        if (av) {
            query.setParameter("active", AvMode.ACTIVE);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultStream()
                .map(d -> new OffendingAsset(d.getExternalId(), d.getName(), av
                        ? "Antivirus " + d.getAvMode().name().toLowerCase() + " · " + d.getOs()
                        : "Not onboarded · " + d.getOs() + (d.getDeviceGroup() == null ? "" : " · group " + d.getDeviceGroup())))
                .toList();
    }

    private List<OffendingAsset> users(String tenantId, String product, int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.external_id, u.name, u.licenses " + USERS_WITHOUT + " ORDER BY u.name, u.external_id")
                .setParameter(1, tenantId).setParameter(2, product).setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new OffendingAsset((String) r[0], (String) r[1],
                ((String) r[2]).isBlank() ? "No licences" : "Holds " + String.join(", ", ((String) r[2]).split(" ")))).toList();
    }
}
