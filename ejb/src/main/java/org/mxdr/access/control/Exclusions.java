package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.ExclusionSet;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Edits;

/** Reads and replaces a tenant's exclusions, auditing each change. Callers checked the rights. */
@Stateless
@PermitAll
public class Exclusions {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Tenants tenants;

    @Inject
    AccessCache accessCache;

    /** The tenant's exclusions; an unsaved empty set (version 0, no author) when it has none. */
    public ExclusionSet of(String tenantId) {
        tenants.find(tenantId);
        ExclusionSet set = em.find(ExclusionSet.class, tenantId);
        return set != null ? set : ExclusionSet.none(tenantId);
    }

    /** The groups of the tenant's inventory, which exclusions pick from: device groups, then user groups. */
    public KnownGroups known(String tenantId) {
        List<String> devices = em.createQuery("SELECT DISTINCT d.deviceGroup FROM Device d WHERE d.tenantId = :t "
                + "AND d.deviceGroup IS NOT NULL ORDER BY d.deviceGroup", String.class).setParameter("t", tenantId).getResultList();
        List<String> users = em.createQuery("SELECT DISTINCT u.userGroup FROM InventoryUser u WHERE u.tenantId = :t "
                + "AND u.userGroup IS NOT NULL ORDER BY u.userGroup", String.class).setParameter("t", tenantId).getResultList();
        return new KnownGroups(devices, users);
    }

    /** The inventory's groups by kind. */
    public record KnownGroups(List<String> deviceGroups, List<String> userGroups) {
    }

    /**
     * Replaces both lists with groups of the inventory. The version read is required once the
     * tenant has exclusions saved; a concurrent change is a conflict.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ExclusionSet replace(String actor, String tenantId, Collection<String> deviceGroups, Collection<String> userGroups,
                                Long expectedVersion) {
        tenants.locked(tenantId);
        accessCache.changed(tenantId);
        Instant now = Instant.now(clock);
        ExclusionSet set = em.find(ExclusionSet.class, tenantId);
        String before;
        if (set == null) {
            set = ExclusionSet.empty(tenantId, actor, now);
            before = set.describe();
            em.persist(set);
        } else {
            Edits.requireUnchanged(set.getVersion(), expectedVersion, "by " + set.getUpdatedBy());
            before = set.describe();
        }
        KnownGroups known = known(tenantId);
        set.replace(deviceGroups, userGroups, Set.copyOf(known.deviceGroups()), Set.copyOf(known.userGroups()), actor, now);
        if (!before.equals(set.describe())) {
            audit.record(actor, tenantId, "exclusions.changed", before, set.describe());
        }
        return Edits.flushed(em, set);
    }
}
